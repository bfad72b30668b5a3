/** Tiny value types shared by every module (geography, language, paging). */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.onecity.shared;

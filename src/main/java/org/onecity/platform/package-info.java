/** Infrastructure every module stands on: the database (embedded or external), clock, languages, web errors. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.onecity.platform;

/** Tiny value types every module may use: languages, multilingual texts, plain-text rules. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.onecity.shared;

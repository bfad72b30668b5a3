/**
 * The ground floor every module stands on: the database (embedded or external), the clock, demo
 * mode, snapshots served from memory, and the web frame (languages, the layout's model, dates,
 * static assets) in {@code platform.web}.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = "shared")
package org.onecity.platform;

/** Routing rules: service type × district → responsible agency, by priority; the default is the service's owner. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "geo", "platform", "shared"})
package org.onecity.routing;

/** The service catalog: agencies and their escalation chains, service types with Open311 forms and SLA targets, knowledge articles, in the city's languages, and their admin pages. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "shared"})
package org.onecity.catalog;

/** The public website: find a service, file a request, track it, answer the survey and ask to reopen. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"requests", "messaging", "catalog", "platform",
        "shared"})
package org.onecity.portal;

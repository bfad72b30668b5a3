/** Staff screens: the 311 agent console (callers, contacts, filing by phone), agency work queues, supervisor views and the admin home. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"requests", "sla", "messaging", "sharing",
        "accounts", "vault", "catalog", "platform", "shared"})
package org.onecity.workspace;

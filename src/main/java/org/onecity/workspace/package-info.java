/** Staff screens: the 311 agent console (callers, contacts, filing by phone), agency work queues and supervisor views. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"requests", "sla", "messaging", "open311",
        "sharing", "accounts", "vault", "catalog", "platform", "shared"})
package org.onecity.workspace;

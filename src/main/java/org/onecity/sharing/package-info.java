/**
 * Information sharing: agencies as members with systems and credentials (bearer
 * tokens, Open311 API keys: one machine-client identity), data-sharing agreements,
 * consent, release decisions, break-the-glass, and the outbox that carries events to agency systems.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing",
        allowedDependencies = {"vault", "audit", "accounts", "catalog", "platform", "shared"})
package org.onecity.sharing;

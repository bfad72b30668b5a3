/**
 * Information sharing: agencies as members with systems and credentials, data-sharing agreements,
 * consent, release decisions, the hash-chained audit, field encryption of personal data, and the
 * outbox that carries events to agency systems.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing")
package org.onecity.sharing;

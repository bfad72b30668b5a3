/**
 * Email and SMS: notifications from an outbox in the requester's language, preferences and unsubscribe,
 * the signed links in every email, filing and status by text, and the {@link org.onecity.messaging.Mailer}
 * other modules send their mails through.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"requests", "catalog", "sharing", "vault", "platform",
        "shared"})
package org.onecity.messaging;

/** Email and SMS: notifications from an outbox in the requester's language, preferences and unsubscribe, filing and status by text. */
package org.onecity.messaging;

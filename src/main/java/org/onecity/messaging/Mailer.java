package org.onecity.messaging;

import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Mail other modules send to residents through messaging: queued in the outbox in the caller's
 * transaction (the address sealed), sent by the mail job with its retries, and ending with the city's
 * signature in the mail's language.
 */
@Service
public class Mailer {

    /**
     * @param reference what the mail is about, kept on the outbox row (a request number, a person's subject)
     * @param kind      one of the outbox's kinds (its check constraint names them)
     * @param language  the language code of the mail, for its signature
     */
    public record Mail(String reference, String kind, String recipient, String language, String subject,
                       String body) {
    }

    private final MailOutbox outbox;
    private final MailTexts texts;

    Mailer(MailOutbox outbox, MailTexts texts) {
        this.outbox = outbox;
        this.texts = texts;
    }

    /** Queues the mail, due at {@code now}. */
    public void queue(Mail mail, Instant now) {
        outbox.add(mail.reference(), mail.kind(), mail.recipient(), mail.subject(),
                texts.signed(mail.body(), mail.language()), now);
    }
}

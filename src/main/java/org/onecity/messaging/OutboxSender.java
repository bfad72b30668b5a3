package org.onecity.messaging;

import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due mails from the outbox through SMTP (Spring Mail). Safe on every node: each batch is
 * claimed with SKIP LOCKED; a failure backs off and is tried again. Without an SMTP server
 * configured ({@code spring.mail.host}) mails wait in the outbox.
 */
@Service
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String from;

    OutboxSender(MailOutbox outbox, ObjectProvider<JavaMailSender> mail, TransactionTemplate tx, Clock clock,
                 @Value("${onecity.mail.from:OneCity 311 <no-reply@onecity.example>}") String from) {
        this.outbox = outbox;
        this.mail = mail;
        this.tx = tx;
        this.clock = clock;
        this.from = from;
    }

    /** Sends one batch of due mails; the number sent. */
    public int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Integer sent = tx.execute(status -> {
            int n = 0;
            for (MailOutbox.Mail m : outbox.claimDue(clock.instant(), 50)) {
                try {
                    var message = sender.createMimeMessage();
                    var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                    helper.setFrom(new InternetAddress(from));
                    helper.setTo(m.recipient());
                    helper.setSubject(m.subject());
                    helper.setText(m.body());
                    sender.send(message);
                    outbox.sent(m.id(), clock.instant());
                    n++;
                } catch (Exception e) {
                    LOG.warn("Mail {} to request {} failed (attempt {}): {}", m.id(), m.requestNumber(),
                            m.attempts() + 1, e.getMessage());
                    outbox.failed(m, e.getMessage(), clock.instant());
                }
            }
            return n;
        });
        return sent == null ? 0 : sent;
    }

    /** Sends until nothing is due (at most {@code rounds} batches). */
    public int drain(int rounds) {
        int total = 0;
        for (int i = 0; i < rounds; i++) {
            int n = sendDue();
            total += n;
            if (n == 0) {
                break;
            }
        }
        return total;
    }
}

package org.onecity.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.onecity.people.People;
import org.onecity.platform.OneCitySettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A registered person asks, by CURP, for the link to their own "who accessed my data" page. The link
 * (signed over the key and its expiry, {@link #LINK_LIFETIME}) goes only to the email on the record,
 * through the mail outbox; the asker learns nothing about whether the CURP is registered. Asks are
 * limited per CURP and per client address ({@link MyDataAskLimiter}).
 */
@Service
public class PersonMyData {

    public static final Duration LINK_LIFETIME = Duration.ofHours(24);
    /** The purpose the email lookup is audited under. */
    public static final String PURPOSE = "self-service";
    static final String MAIL_KIND = "person_my_data";

    /** Whether the ask was taken (a link went out if the record has an email), or refused by the limit. */
    public enum Outcome { TAKEN, LIMITED }

    private final People people;
    private final MyDataAskLimiter limiter;
    private final NotificationLinks links;
    private final MailTexts texts;
    private final MailOutbox outbox;
    private final OneCitySettings settings;
    private final Clock clock;

    PersonMyData(People people, MyDataAskLimiter limiter, NotificationLinks links, MailTexts texts, MailOutbox outbox,
                 OneCitySettings settings, Clock clock) {
        this.people = people;
        this.limiter = limiter;
        this.links = links;
        this.texts = texts;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code curp}: a valid CURP (the caller checked it); {@code language}: the mail's language code. */
    @Transactional
    public Outcome ask(String curp, String address, String language) {
        if (!limiter.tryAcquire(curp, address)) {
            return Outcome.LIMITED;
        }
        people.contactForSelfService(curp, PURPOSE).filter(c -> c.email() != null).ifPresent(c -> {
            Instant now = clock.instant();
            Instant expires = now.plus(LINK_LIFETIME);
            var text = texts.personMyData(language, links.personMyDataUrl(c.key(), expires), expires,
                    settings.timeZone());
            outbox.add(People.subject(c.key()), MAIL_KIND, c.email(), text.subject(), text.body(), now);
        });
        return Outcome.TAKEN;
    }
}

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
 * limited per CURP and per client address ({@link MyDataAskLimiter}), then queued with the CURP sealed
 * ({@link PersonLinkAsks}): the web answer does the same work for every CURP, so not even its timing
 * tells whether one is registered. {@link #answerQueued} looks the CURP up and sends the link.
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
    private final PersonLinkAsks asks;
    private final NotificationLinks links;
    private final MailTexts texts;
    private final MailOutbox outbox;
    private final OneCitySettings settings;
    private final Clock clock;

    PersonMyData(People people, MyDataAskLimiter limiter, PersonLinkAsks asks, NotificationLinks links,
                 MailTexts texts, MailOutbox outbox, OneCitySettings settings, Clock clock) {
        this.people = people;
        this.limiter = limiter;
        this.asks = asks;
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
        asks.queue(curp, language, clock.instant());
        return Outcome.TAKEN;
    }

    /**
     * Answers up to {@code limit} queued asks, oldest first, each in its own transaction (another node
     * skips the ones being answered); returns how many were answered.
     */
    public int answerQueued(int limit) {
        int answered = 0;
        while (answered < limit && asks.answerOldest(this::answer)) {
            answered++;
        }
        return answered;
    }

    private void answer(PersonLinkAsks.Ask ask) {
        people.contactForSelfService(ask.curp(), PURPOSE).filter(c -> c.email() != null).ifPresent(c -> {
            Instant now = clock.instant();
            Instant expires = now.plus(LINK_LIFETIME);
            var text = texts.personMyData(ask.language(), links.personMyDataUrl(c.key(), expires), expires,
                    settings.timeZone());
            outbox.add(People.subject(c.key()), MAIL_KIND, c.email(), text.subject(), text.body(), now);
        });
    }
}

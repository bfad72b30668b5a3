package org.onecity.mydata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.onecity.messaging.Mailer;
import org.onecity.messaging.NotificationLinks;
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
 * tells whether one is registered. {@link #answerQueued} (the {@link PersonLinkAskJob}) looks the CURP up
 * and sends the link through messaging's {@link Mailer}.
 */
@Service
public class PersonMyData {

    public static final Duration LINK_LIFETIME = Duration.ofHours(24);
    /** The purpose the email lookup is audited under. */
    public static final String PURPOSE = "self-service";

    /** Whether the ask was taken (a link went out if the record has an email), or refused by the limit. */
    public enum Outcome { TAKEN, LIMITED }

    private final People people;
    private final MyDataAskLimiter limiter;
    private final PersonLinkAsks asks;
    private final NotificationLinks links;
    private final LinkMail mail;
    private final Mailer mailer;
    private final OneCitySettings settings;
    private final Clock clock;

    PersonMyData(People people, MyDataAskLimiter limiter, PersonLinkAsks asks, NotificationLinks links,
                 LinkMail mail, Mailer mailer, OneCitySettings settings, Clock clock) {
        this.people = people;
        this.limiter = limiter;
        this.asks = asks;
        this.links = links;
        this.mail = mail;
        this.mailer = mailer;
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
            mailer.queue(mail.to(c.email(), People.subject(c.key()), ask.language(),
                    links.personMyDataUrl(c.key(), expires), expires, settings.timeZone()), now);
        });
    }
}

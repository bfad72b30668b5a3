package org.onecity.messaging;

import java.time.Clock;
import org.onecity.catalog.Catalog;
import org.onecity.platform.OneCitySettings;
import org.onecity.requests.RequestEvents.RequestClosed;
import org.onecity.requests.RequestEvents.RequestStatusChanged;
import org.onecity.requests.RequestEvents.RequestSubmitted;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.Requester;
import org.onecity.requests.ServiceRequest;
import org.onecity.shared.Language;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns request events into emails for requesters who gave an address: a confirmation with the
 * number, status changes and the closure (with the survey link), each in the request's language.
 * Synchronous listeners: the mail is in the outbox if and only if the change was committed.
 */
@Component
class EmailNotifications {

    private final RequestQueries requests;
    private final Subscriptions subscriptions;
    private final MailOutbox outbox;
    private final MailTexts texts;
    private final NotificationLinks links;
    private final Catalog catalog;
    private final OneCitySettings settings;
    private final Clock clock;

    EmailNotifications(RequestQueries requests, Subscriptions subscriptions, MailOutbox outbox, MailTexts texts,
                       NotificationLinks links, Catalog catalog, OneCitySettings settings, Clock clock) {
        this.requests = requests;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void submitted(RequestSubmitted e) {
        if (!e.emailOnFile()) {
            return;
        }
        String email = requests.requester(e.number()).map(Requester::email).orElse(null);
        if (email == null) {
            return;
        }
        subscriptions.start(e.number(), email, e.language());
        queue(e.number(), "confirmation", null);
    }

    @EventListener
    void statusChanged(RequestStatusChanged e) {
        if (e.to() != RequestStatus.CLOSED) {
            queue(e.number(), "status", e.publicNote());
        }
    }

    @EventListener
    void closed(RequestClosed e) {
        queue(e.number(), "closed", e.resolution());
    }

    private void queue(String number, String kind, String extra) {
        var sub = subscriptions.of(number).filter(s -> s.wants(kind));
        if (sub.isEmpty()) {
            return;
        }
        ServiceRequest r = requests.find(number).orElseThrow();
        String lang = sub.get().language();
        String service = catalog.service(r.serviceCode()).map(s -> s.name().in(Language.of(lang).orElse(Language.ENGLISH)))
                .orElse(r.serviceCode());
        String detail = "status".equals(kind) ? texts.status(r.status().wire(), extra, lang) : extra;
        var text = texts.render(kind, lang, number, service, detail, r.expectedAt(), settings.timeZone(),
                links.trackUrl(number), links.manageUrl(number), links.feedbackUrl(number), links.myDataUrl(number));
        outbox.add(number, kind, sub.get().email(), text.subject(), text.body(), clock.instant());
    }
}

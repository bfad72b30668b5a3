package org.onecity.requests;

import static org.onecity.requests.Sentence.status;
import static org.onecity.requests.Sentence.text;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.onecity.catalog.Catalog;
import org.onecity.requests.HistoryNotes.Said;
import org.onecity.requests.RequestEvents.RequestClosed;
import org.onecity.requests.RequestEvents.RequestNoteAdded;
import org.onecity.requests.RequestEvents.RequestReopened;
import org.onecity.requests.RequestEvents.RequestStatusChanged;
import org.onecity.shared.Actor;
import org.onecity.shared.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Working a request: status changes, notes, assignment and reopening, each in its own transaction. */
@Service
public class RequestWork {

    private final RequestRepository requests;
    private final RequestChanges changes;
    private final HistoryLog history;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestWork(RequestRepository requests, RequestChanges changes, HistoryLog history, Catalog catalog,
                ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.changes = changes;
        this.history = history;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ServiceRequest changeStatus(ChangeStatus c) {
        if (c.to() == RequestStatus.REOPENED) {
            return reopen(c.number(), c.note(), c.actor());
        }
        long id = lock(c.number());
        ServiceRequest r = requests.byId(id).orElseThrow();
        String note = checkedNote(c.note());
        if (!r.status().canMoveTo(c.to())) {
            throw RequestRejected.conflict("request " + r.number() + " cannot move from " + r.status().wire()
                    + " to " + c.to().wire(), Sentence.of("refusal.cannotMove", text(r.number()), status(r.status()),
                    status(c.to())));
        }
        ClosureOutcome outcome = null;
        if (c.to() == RequestStatus.CLOSED) {
            outcome = c.outcome() == null ? ClosureOutcome.RESOLVED : c.outcome();
            if (outcome == ClosureOutcome.DUPLICATE) {
                throw RequestRejected.invalid("outcome", "close a duplicate by merging it into its parent",
                        Sentence.of("refusal.closeDuplicate"));
            }
        }
        Instant now = clock.instant();
        String resolution = c.to() == RequestStatus.CLOSED ? PlainText.trimToNull(c.resolution()) : null;
        checkedNote(resolution);
        changes.status(id, c.to(), outcome, now, c.publicNote() ? note : null, resolution);
        history.append(id, new HistoryLog.Line("status_changed", c.actor(), now, r.status(), c.to(), note,
                c.publicNote(), outcome == null ? Map.of() : Map.of("outcome", outcome.wire()), null));
        events.publishEvent(new RequestStatusChanged(r.number(), r.agencyCode(), r.status(), c.to(),
                c.actor().name(), now, c.publicNote() ? note : null));
        if (outcome != null) {
            events.publishEvent(new RequestClosed(r.number(), r.agencyCode(), outcome, now, resolution));
        }
        return requests.byId(id).orElseThrow();
    }

    @Transactional
    public ServiceRequest reopen(String number, String reason, Actor actor) {
        return reopen(number, Said.person(reason), actor);
    }

    @Transactional
    ServiceRequest reopen(String number, Said reason, Actor actor) {
        long id = lock(number);
        ServiceRequest r = requests.byId(id).orElseThrow();
        String why = checkedNote(reason.note());
        if (why == null) {
            throw RequestRejected.invalid("reason", "a reason is required to reopen a request",
                    Sentence.of("refusal.reopenReason"));
        }
        if (!r.status().canMoveTo(RequestStatus.REOPENED)) {
            throw RequestRejected.conflict("only a closed request can be reopened", Sentence.of("refusal.reopenOnlyClosed"));
        }
        Instant now = clock.instant();
        int sla = catalog.service(r.serviceCode()).map(s -> s.slaHours()).orElse(72);
        Instant due = now.plus(Duration.ofHours(sla));
        changes.reopen(id, now, due, why);
        history.append(id, new HistoryLog.Line("reopened", actor, now, r.status(), RequestStatus.REOPENED, why, true,
                Map.of(), reason.sentence()));
        events.publishEvent(new RequestStatusChanged(r.number(), r.agencyCode(), r.status(), RequestStatus.REOPENED,
                actor.name(), now, why));
        events.publishEvent(new RequestReopened(r.number(), r.agencyCode(), now, due, why));
        return requests.byId(id).orElseThrow();
    }

    /**
     * Adds a note. A note on a request merged into another goes to the parent, so whoever works the
     * parent sees it.
     */
    @Transactional
    public ServiceRequest addNote(String number, String note, boolean isPublic, Actor actor) {
        return addNote(number, Said.person(note), isPublic, actor);
    }

    @Transactional
    ServiceRequest addNote(String number, Said note, boolean isPublic, Actor actor) {
        long id = lock(number);
        ServiceRequest r = requests.byId(id).orElseThrow();
        String text = checkedNote(note.note());
        if (text == null) {
            throw RequestRejected.invalid("note", "the note is empty", Sentence.of("refusal.noteEmpty"));
        }
        if (r.parentNumber() != null) {
            return addNote(r.parentNumber(), HistoryNotes.sentTo(new Said(text, note.sentence()), r.number()), isPublic,
                    actor);
        }
        Instant now = clock.instant();
        changes.touch(id, now);
        history.append(id, new HistoryLog.Line("note", actor, now, null, null, text, isPublic, Map.of(),
                note.sentence()));
        events.publishEvent(new RequestNoteAdded(r.number(), r.agencyCode(), text, isPublic, now));
        return requests.byId(id).orElseThrow();
    }

    @Transactional
    public ServiceRequest assign(String number, String assignee, Actor actor) {
        long id = lock(number);
        ServiceRequest r = requests.byId(id).orElseThrow();
        String who = PlainText.trimToNull(assignee);
        if (who == null || who.length() > 100) {
            throw RequestRejected.invalid("assignee", "assignee is required (at most 100 characters)",
                    Sentence.of("refusal.assignee"));
        }
        if (!r.status().canMoveTo(RequestStatus.ASSIGNED)) {
            throw RequestRejected.conflict("request " + r.number() + " cannot be assigned while " + r.status().wire(),
                    Sentence.of("refusal.cannotAssign", text(r.number()), status(r.status())));
        }
        Instant now = clock.instant();
        changes.assignee(id, who, now);
        changes.status(id, RequestStatus.ASSIGNED, null, now, null, null);
        history.append(id, new HistoryLog.Line("assigned", actor, now, r.status(), RequestStatus.ASSIGNED,
                HistoryNotes.assigned(who), false, Map.of("assignee", who)));
        events.publishEvent(new RequestStatusChanged(r.number(), r.agencyCode(), r.status(), RequestStatus.ASSIGNED,
                actor.name(), now, null));
        return requests.byId(id).orElseThrow();
    }

    long lock(String number) {
        return requests.lock(number).orElseThrow(() ->
                RequestRejected.notFound("service_request_id", "no service request " + number,
                        Sentence.of("refusal.noRequest", text(number))));
    }

    static String checkedNote(String note) {
        String n = PlainText.trimToNull(note);
        if (n != null && (n.length() > 4000 || PlainText.containsMarkup(n) || PlainText.containsControlCharacters(n))) {
            throw RequestRejected.invalid("note", "notes are plain text of at most 4000 characters",
                    Sentence.of("refusal.notePlain"));
        }
        return n;
    }
}

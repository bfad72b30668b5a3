package org.onecity.requests;

import static org.onecity.requests.Sentence.text;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onecity.catalog.Catalog;
import org.onecity.requests.RequestEvents.RequestClosed;
import org.onecity.requests.RequestEvents.RequestEscalated;
import org.onecity.requests.RequestEvents.RequestRerouted;
import org.onecity.requests.RequestEvents.RequestStatusChanged;
import org.onecity.requests.RequestEvents.RequestsMerged;
import org.onecity.shared.Actor;
import org.onecity.shared.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes that involve more than one party: re-routing, merging duplicates, escalating. */
@Service
public class RequestCoordination {

    private final RequestRepository requests;
    private final RequestChanges changes;
    private final HistoryLog history;
    private final Catalog catalog;
    private final RequestWork work;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestCoordination(RequestRepository requests, RequestChanges changes, HistoryLog history, Catalog catalog,
                        RequestWork work, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.changes = changes;
        this.history = history;
        this.catalog = catalog;
        this.work = work;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ServiceRequest reroute(String number, String toAgency, String reason, Actor actor) {
        long id = work.lock(number);
        ServiceRequest r = requests.byId(id).orElseThrow();
        String why = RequestWork.checkedNote(reason);
        if (why == null) {
            throw RequestRejected.invalid("reason", "a reason is required to re-route a request",
                    Sentence.of("refusal.rerouteReason"));
        }
        var agency = catalog.agency(toAgency).orElseThrow(() ->
                RequestRejected.notFound("agency", "no agency " + toAgency, Sentence.of("refusal.noAgency", text(toAgency))));
        if (!r.isOpen()) {
            throw RequestRejected.conflict("a closed request cannot be re-routed", Sentence.of("refusal.rerouteClosed"));
        }
        if (!agency.active()) {
            throw RequestRejected.conflict("agency " + agency.code() + " is deactivated",
                    Sentence.of("refusal.agencyInactive", text(agency.code())));
        }
        if (agency.code().equals(r.agencyCode())) {
            throw RequestRejected.conflict("request " + number + " is already with " + agency.code(),
                    Sentence.of("refusal.alreadyWith", text(number), text(agency.code())));
        }
        Instant now = clock.instant();
        changes.agency(id, agency.code(), now);
        history.append(id, new HistoryLog.Line("rerouted", actor, now, null, null, why, false,
                Map.of("from", r.agencyCode(), "to", agency.code()), null));
        history.append(id, new HistoryLog.Line("note", actor, now, null, null,
                HistoryNotes.referred(agency.code(), agency.name().english()), true, Map.of("referred_to", agency.code())));
        events.publishEvent(new RequestRerouted(number, r.agencyCode(), agency.code(), why, now));
        return requests.byId(id).orElseThrow();
    }

    /** Closes the child as a duplicate of the parent, linked both ways. */
    @Transactional
    public ServiceRequest merge(String childNumber, String parentNumber, Actor actor) {
        if (childNumber.equals(parentNumber)) {
            throw RequestRejected.invalid("parent", "a request cannot be merged into itself",
                    Sentence.of("refusal.mergeSelf"));
        }
        // lock in a fixed order so two merges never deadlock
        List<String> order = childNumber.compareTo(parentNumber) < 0
                ? List.of(childNumber, parentNumber) : List.of(parentNumber, childNumber);
        order.forEach(work::lock);
        ServiceRequest child = requests.byNumber(childNumber).orElseThrow();
        ServiceRequest parent = requests.byNumber(parentNumber).orElseThrow();
        if (parent.parentNumber() != null) {
            throw RequestRejected.conflict(parentNumber + " is itself a duplicate of " + parent.parentNumber(),
                    Sentence.of("refusal.parentIsDuplicate", text(parentNumber), text(parent.parentNumber())));
        }
        if (!child.isOpen()) {
            throw RequestRejected.conflict(childNumber + " is closed and cannot be merged",
                    Sentence.of("refusal.mergeClosed", text(childNumber)));
        }
        if (!child.childNumbers().isEmpty()) {
            throw RequestRejected.conflict(childNumber + " has duplicates of its own; merge them first",
                    Sentence.of("refusal.mergeHasDuplicates", text(childNumber)));
        }
        Instant now = clock.instant();
        long childId = requests.idOf(childNumber).orElseThrow();
        long parentId = requests.idOf(parentNumber).orElseThrow();
        HistoryNotes.Said duplicate = HistoryNotes.duplicateOf(parentNumber);
        String note = duplicate.note();
        changes.mergeInto(childId, parentId, now, note);
        history.append(childId, new HistoryLog.Line("merged", actor, now, child.status(), RequestStatus.CLOSED,
                duplicate, true, Map.of("parent", parentNumber)));
        history.append(parentId, new HistoryLog.Line("merged", actor, now, null, null,
                HistoryNotes.mergedDuplicate(childNumber), true, Map.of("child", childNumber)));
        changes.touch(parentId, now);
        events.publishEvent(new RequestStatusChanged(childNumber, child.agencyCode(), child.status(),
                RequestStatus.CLOSED, actor.name(), now, note));
        events.publishEvent(new RequestClosed(childNumber, child.agencyCode(), ClosureOutcome.DUPLICATE, now, null));
        events.publishEvent(new RequestsMerged(childNumber, parentNumber, now));
        return requests.byNumber(childNumber).orElseThrow();
    }

    /**
     * Records that an overdue request went up its agency's chain to {@code level}. Joins the
     * caller's transaction; false (and nothing written) when the request is closed or already at
     * that level or higher.
     */
    @Transactional
    public boolean escalate(String number, int level, String role, String title) {
        long id = work.lock(number);
        ServiceRequest r = requests.byId(id).orElseThrow();
        Instant now = clock.instant();
        if (!changes.escalationLevel(id, level, now)) {
            return false;
        }
        history.append(id, new HistoryLog.Line("escalated", Actor.CITY, now, null, null,
                HistoryNotes.escalated(level, PlainText.trimToNull(title)), false, Map.of("level", level, "role", role)));
        events.publishEvent(new RequestEscalated(number, r.agencyCode(), level, role, now));
        return true;
    }
}

package org.onecity.requests.sharing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.requests.RequestEvents;
import org.onecity.requests.RequestQueries;
import org.onecity.sharing.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the requests' events into the outbox, synchronously in the transaction that raised them.
 * Only what agencies need goes out: no requester details, and notes only when public.
 */
@Component
class RequestEventsToOutbox {

    private static final String TYPE = "org.onecity.request.";

    private final Outbox outbox;
    private final RequestQueries queries;

    RequestEventsToOutbox(Outbox outbox, RequestQueries queries) {
        this.outbox = outbox;
        this.queries = queries;
    }

    @EventListener
    void on(RequestEvents.RequestSubmitted e) {
        outbox.append(TYPE + "submitted", e.number(), List.of(e.agencyCode()), e);
    }

    @EventListener
    void on(RequestEvents.RequestStatusChanged e) {
        outbox.append(TYPE + "status_changed", e.number(), List.of(e.agencyCode()), e);
    }

    @EventListener
    void on(RequestEvents.RequestClosed e) {
        outbox.append(TYPE + "closed", e.number(), List.of(e.agencyCode()), e);
    }

    @EventListener
    void on(RequestEvents.RequestReopened e) {
        outbox.append(TYPE + "reopened", e.number(), List.of(e.agencyCode()), e);
    }

    @EventListener
    void on(RequestEvents.RequestRerouted e) {
        outbox.append(TYPE + "rerouted", e.number(), List.of(e.fromAgency(), e.toAgency()), e);
    }

    @EventListener
    void on(RequestEvents.RequestEscalated e) {
        outbox.append(TYPE + "escalated", e.number(), List.of(e.agencyCode()), e);
    }

    @EventListener
    void on(RequestEvents.RequestsMerged e) {
        String agency = queries.find(e.childNumber()).map(r -> r.agencyCode()).orElse("");
        outbox.append(TYPE + "merged", e.childNumber(), List.of(agency), e);
    }

    @EventListener
    void on(RequestEvents.RequestNoteAdded e) {
        if (!e.isPublic()) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", e.number());
        data.put("agencyCode", e.agencyCode());
        data.put("note", e.note());
        data.put("at", e.at());
        outbox.append(TYPE + "note_added", e.number(), List.of(e.agencyCode()), data);
    }
}

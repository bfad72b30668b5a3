package org.onecity.open311;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.onecity.requests.AgencyUpdate;
import org.onecity.requests.AgencyUpdates;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestRejected;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.RequestWork;
import org.onecity.requests.ServiceRequest;
import org.onecity.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Updates posted through servicerequestupdates. An agency's system may move its own agency's
 * requests along the lifecycle; a resident-facing client (FixMyStreet-style) adds public notes
 * and may ask to reopen. Each client update id is applied once.
 */
@Service
public class InboundUpdates {

    public record Update(String number, String clientUpdateId, RequestStatus status, ClosureOutcome outcome,
                         String description, String personName) {
    }

    private final JdbcClient jdbc;
    private final RequestQueries queries;
    private final RequestWork work;
    private final AgencyUpdates agencyUpdates;
    private final Clock clock;

    InboundUpdates(JdbcClient jdbc, RequestQueries queries, RequestWork work, AgencyUpdates agencyUpdates,
                   Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.work = work;
        this.agencyUpdates = agencyUpdates;
        this.clock = clock;
    }

    /** Applies the update (once per client update id) and returns OneCity's id for it. */
    @Transactional
    public long apply(ApiClient client, Update u) {
        ServiceRequest r = queries.find(u.number()).orElseThrow(() ->
                RequestRejected.notFound("service_request_id", "no service request " + u.number()));
        Optional<Long> id = jdbc.sql("""
                insert into open311.inbound_update (system_id, client_update_id, request_number, received_at)
                values (?, ?, ?, ?) on conflict do nothing returning id""")
                .params(client.id(), u.clientUpdateId(), r.number(), Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        if (id.isEmpty()) {
            return jdbc.sql("select id from open311.inbound_update where system_id = ? and client_update_id = ?")
                    .params(client.id(), u.clientUpdateId()).query(Long.class).single();
        }
        if (client.isAgencySystem()) {
            fromAgency(client, r, u);
        } else {
            fromResidentClient(client, r, u);
        }
        return id.get();
    }

    /**
     * Open311's words for an agency update: re-sending the current status is a note (nothing without a
     * description), a description when closing is the resolution, duplicates are merged in OneCity.
     */
    private void fromAgency(ApiClient client, ServiceRequest r, Update u) {
        if (!AgencyUpdates.owns(client.actor(), r)) {
            throw new AccessDeniedException("request " + r.number() + " belongs to another agency");
        }
        if (u.status() == RequestStatus.CLOSED && u.outcome() == ClosureOutcome.DUPLICATE) {
            throw RequestRejected.invalid("status", "mark duplicates by merging them in OneCity");
        }
        RequestStatus status = u.status() == r.status() && u.status() != RequestStatus.REOPENED ? null : u.status();
        if (status == null && u.description() == null) {
            return;
        }
        agencyUpdates.apply(client.actor(), new AgencyUpdate(r.number(), status, status == null ? null : u.outcome(),
                u.description(), true, status == RequestStatus.CLOSED ? u.description() : null));
    }

    private void fromResidentClient(ApiClient client, ServiceRequest r, Update u) {
        Actor actor = Actor.resident(u.personName() == null ? "resident via " + client.name() : u.personName());
        if (u.status() == RequestStatus.REOPENED && !r.isOpen()) {
            work.reopen(r.number(), u.description() == null ? "Resident reports the problem is back" : u.description(),
                    actor);
            return;
        }
        String note = u.description();
        if (u.status() == RequestStatus.CLOSED) {
            note = "Resident reports this is fixed" + (note == null ? "" : ": " + note);
        }
        if (note != null) {
            work.addNote(r.number(), note, true, actor);
        }
    }
}

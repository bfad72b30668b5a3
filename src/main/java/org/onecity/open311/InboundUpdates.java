package org.onecity.open311;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.onecity.requests.ChangeStatus;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.RequestCoordination;
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
    private final RequestCoordination coordination;
    private final Clock clock;

    InboundUpdates(JdbcClient jdbc, RequestQueries queries, RequestWork work, RequestCoordination coordination,
                   Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.work = work;
        this.coordination = coordination;
        this.clock = clock;
    }

    /** Applies the update (once per client update id) and returns OneCity's id for it. */
    @Transactional
    public long apply(ApiClient client, Update u) {
        ServiceRequest r = queries.find(u.number()).orElseThrow(() ->
                RequestRejected.notFound("service_request_id", "no service request " + u.number()));
        Optional<Long> id = jdbc.sql("""
                insert into open311.inbound_update (api_key_id, client_update_id, request_number, received_at)
                values (?, ?, ?, ?) on conflict do nothing returning id""")
                .params(client.id(), u.clientUpdateId(), r.number(), Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        if (id.isEmpty()) {
            return jdbc.sql("select id from open311.inbound_update where api_key_id = ? and client_update_id = ?")
                    .params(client.id(), u.clientUpdateId()).query(Long.class).single();
        }
        if (client.isAgencySystem()) {
            fromAgency(client, r, u);
        } else {
            fromResidentClient(client, r, u);
        }
        return id.get();
    }

    private void fromAgency(ApiClient client, ServiceRequest r, Update u) {
        if (!client.agencyCode().equals(r.agencyCode())) {
            throw new AccessDeniedException("request " + r.number() + " belongs to another agency");
        }
        Actor actor = client.actor();
        if (u.status() == null) {
            work.addNote(r.number(), u.description(), true, actor);
        } else if (u.status() == RequestStatus.CLOSED && u.outcome() == ClosureOutcome.DUPLICATE) {
            throw RequestRejected.invalid("status", "mark duplicates by merging them in OneCity");
        } else if (u.status() == RequestStatus.REOPENED) {
            work.reopen(r.number(), u.description() == null ? "Reopened by " + client.name() : u.description(), actor);
        } else if (u.status() != r.status()) {
            work.changeStatus(new ChangeStatus(r.number(), u.status(), u.outcome(), u.description(), true,
                    u.status() == RequestStatus.CLOSED ? u.description() : null, actor));
        } else if (u.description() != null) {
            work.addNote(r.number(), u.description(), true, actor);
        }
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

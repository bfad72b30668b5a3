package org.onecity.requests;

import org.onecity.shared.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one use case behind both APIs by which an agency's system updates a request: a note, a reopening
 * (with the system's reason, or "Reopened by" its name), or a status change along the lifecycle.
 */
@Service
public class AgencyUpdates {

    private final RequestQueries queries;
    private final RequestWork work;

    AgencyUpdates(RequestQueries queries, RequestWork work) {
        this.queries = queries;
        this.work = work;
    }

    /** Whether the system acts for the request's agency. */
    public static boolean owns(Actor system, ServiceRequest r) {
        return system.actsFor(r.agencyCode());
    }

    /** Applies the update; a system may update only its own agency's requests. */
    @Transactional
    public ServiceRequest apply(Actor system, AgencyUpdate u) {
        ServiceRequest r = queries.find(u.number()).orElseThrow(() ->
                RequestRejected.notFound("service_request_id", "no service request " + u.number()));
        if (!owns(system, r)) {
            throw new AccessDeniedException("request " + r.number() + " belongs to another agency");
        }
        if (u.status() == null) {
            return work.addNote(r.number(), u.note(), u.isPublic(), system);
        }
        if (u.status() == RequestStatus.REOPENED) {
            return work.reopen(r.number(), u.note() == null ? "Reopened by " + system.name() : u.note(), system);
        }
        return work.changeStatus(new ChangeStatus(r.number(), u.status(), u.outcome(), u.note(), u.isPublic(),
                u.resolution(), system));
    }
}

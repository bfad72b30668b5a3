package org.onecity.requests.web;

import java.util.List;
import java.util.Map;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.Audit;
import org.onecity.requests.Actor;
import org.onecity.requests.ChangeStatus;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestRejected;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.RequestWork;
import org.onecity.requests.ServiceRequest;
import org.onecity.sharing.AgencySystem;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agency systems update their own agency's requests (status, notes, resolution) with their
 * credentials, through the same facade as staff; each call, allowed or refused, is audited.
 */
@RestController
class InboundUpdatesController {

    record UpdateBody(String status, String outcome, String note, Boolean isPublic, String resolution) {
    }

    private final RequestQueries queries;
    private final RequestWork work;
    private final Audit audit;

    InboundUpdatesController(RequestQueries queries, RequestWork work, Audit audit) {
        this.queries = queries;
        this.work = work;
        this.audit = audit;
    }

    @PostMapping("/api/sharing/requests/{number}/updates")
    ResponseEntity<?> update(@PathVariable String number, @RequestBody UpdateBody b,
                             @RequestHeader(name = "X-OneCity-Purpose", required = false) String purpose,
                             @AuthenticationPrincipal AgencySystem system) {
        ServiceRequest r = queries.find(number).orElse(null);
        if (r == null) {
            return ResponseEntity.status(404).body(Map.of("errors", List.of("no service request " + number)));
        }
        boolean allowed = system.may(AgencySystem.UPDATE_REQUESTS) && system.agencyCode().equals(r.agencyCode());
        audit.record(new AccessRecord(system.code(), "system", system.code(), system.agencyCode(),
                purpose == null ? "case_work" : purpose, number, "update", "requests.service_request", number,
                b.status() == null ? List.of("note") : List.of("status"), allowed ? "granted" : "denied",
                allowed ? null : "request belongs to " + r.agencyCode() + " or scope missing"));
        if (!allowed) {
            return ResponseEntity.status(403).body(Map.of("errors",
                    List.of("request " + number + " is not one of your agency's, or the system may not update")));
        }
        Actor actor = new Actor(system.code(), Actor.Kind.AGENCY_SYSTEM);
        boolean isPublic = !Boolean.FALSE.equals(b.isPublic());
        if (b.status() == null) {
            return ResponseEntity.ok(work.addNote(number, b.note(), isPublic, actor));
        }
        RequestStatus to = RequestStatus.fromWire(b.status()).orElseThrow(() ->
                RequestRejected.invalid("status", "unknown status " + b.status()));
        if (to == RequestStatus.REOPENED) {
            return ResponseEntity.ok(work.reopen(number, b.note() == null ? "Reopened by " + system.code() : b.note(),
                    actor));
        }
        ClosureOutcome outcome = b.outcome() == null ? null : ClosureOutcome.fromWire(b.outcome()).orElseThrow(() ->
                RequestRejected.invalid("outcome", "unknown outcome " + b.outcome()));
        return ResponseEntity.ok(work.changeStatus(new ChangeStatus(number, to, outcome, b.note(), isPublic,
                b.resolution(), actor)));
    }

    @ExceptionHandler(RequestRejected.class)
    ResponseEntity<Map<String, Object>> rejected(RequestRejected e) {
        int status = e.isNotFound() ? 404
                : e.problems().stream().anyMatch(p -> p.kind() == RequestRejected.Kind.CONFLICT) ? 409 : 400;
        return ResponseEntity.status(status).body(Map.of("errors", e.problems()));
    }
}

package org.onecity.requests.web;

import java.util.List;
import java.util.Map;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.Audit;
import org.onecity.requests.AgencyUpdate;
import org.onecity.requests.AgencyUpdates;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestRejected;
import org.onecity.requests.RequestStatus;
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
    private final AgencyUpdates updates;
    private final Audit audit;

    InboundUpdatesController(RequestQueries queries, AgencyUpdates updates, Audit audit) {
        this.queries = queries;
        this.updates = updates;
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
        boolean allowed = system.may(AgencySystem.UPDATE_REQUESTS) && AgencyUpdates.owns(system.actor(), r);
        audit.record(AccessRecord.by(system.actor(),
                purpose == null ? "case_work" : purpose, number, "update", "requests.service_request", number,
                b.status() == null ? List.of("note") : List.of("status"), allowed ? "granted" : "denied",
                allowed ? null : "request belongs to " + r.agencyCode() + " or scope missing"));
        if (!allowed) {
            return ResponseEntity.status(403).body(Map.of("errors",
                    List.of("request " + number + " is not one of your agency's, or the system may not update")));
        }
        RequestStatus to = b.status() == null ? null : RequestStatus.fromWire(b.status()).orElseThrow(() ->
                RequestRejected.invalid("status", "unknown status " + b.status()));
        ClosureOutcome outcome = to == null || to == RequestStatus.REOPENED || b.outcome() == null ? null
                : ClosureOutcome.fromWire(b.outcome()).orElseThrow(() ->
                RequestRejected.invalid("outcome", "unknown outcome " + b.outcome()));
        return ResponseEntity.ok(updates.apply(system.actor(), new AgencyUpdate(number, to, outcome, b.note(),
                !Boolean.FALSE.equals(b.isPublic()), b.resolution())));
    }

    @ExceptionHandler(RequestRejected.class)
    ResponseEntity<Map<String, Object>> rejected(RequestRejected e) {
        int status = e.isNotFound() ? 404
                : e.problems().stream().anyMatch(p -> p.kind() == RequestRejected.Kind.CONFLICT) ? 409 : 400;
        return ResponseEntity.status(status).body(Map.of("errors", e.problems()));
    }
}

package org.onecity.requests.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.accounts.StaffUser;
import org.onecity.requests.ChangeStatus;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.RequestCoordination;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestRejected;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.RequestWork;
import org.onecity.requests.Requester;
import org.onecity.requests.RequesterReleases;
import org.onecity.requests.ServiceRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff JSON API for working requests. Staff and supervisors act only on their own agency's
 * requests; agents and admins on any.
 */
@RestController
@RequestMapping("/api/staff/requests/{number}")
class StaffRequestsController {

    record StatusBody(String status, String outcome, String note, Boolean isPublic, String resolution) {
    }

    record NoteBody(String note, Boolean isPublic) {
    }

    record RerouteBody(String agency, String reason) {
    }

    record MergeBody(String parent) {
    }

    record AssignBody(String assignee) {
    }

    record ReopenBody(String reason) {
    }

    private final RequestQueries queries;
    private final RequestWork work;
    private final RequestCoordination coordination;
    private final RequesterReleases releases;

    StaffRequestsController(RequestQueries queries, RequestWork work, RequestCoordination coordination,
                            RequesterReleases releases) {
        this.releases = releases;
        this.queries = queries;
        this.work = work;
        this.coordination = coordination;
    }

    /** The request with its requester's contact details; every read of the contact is audited. */
    @GetMapping
    Map<String, Object> read(@PathVariable String number, @AuthenticationPrincipal StaffUser staff,
                             @RequestHeader(name = "X-OneCity-Purpose", required = false) String purpose) {
        ServiceRequest r = scoped(number, staff);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("request", r);
        Requester requester = queries.requester(number).orElse(null);
        if (requester != null) {
            // Through the one release decision (audited there); denied fields are left out with their reason.
            var release = releases.forStaff(staff, number, r.agencyCode(),
                    purpose == null || purpose.isBlank() ? "case_work" : purpose.strip(), requester.presentFields());
            var v = release.map(x -> x.released()).orElse(Map.of());
            requester = new Requester(v.get("first_name"), v.get("last_name"), v.get("email"), v.get("phone"),
                    v.get("device_id"), v.get("account_id"));
            release.filter(x -> !x.denied().isEmpty()).ifPresent(x -> body.put("requesterWithheld", x.denied()));
        }
        body.put("requester", requester);
        body.put("history", queries.history(number, false));
        return body;
    }

    @PostMapping("/status")
    ServiceRequest status(@PathVariable String number, @RequestBody StatusBody b, @AuthenticationPrincipal StaffUser staff) {
        scoped(number, staff);
        RequestStatus to = RequestStatus.fromWire(b.status()).orElseThrow(() ->
                RequestRejected.invalid("status", "status must be one of acknowledged, assigned, in_progress, "
                        + "action_scheduled, closed, reopened"));
        ClosureOutcome outcome = b.outcome() == null ? null : ClosureOutcome.fromWire(b.outcome()).orElseThrow(() ->
                RequestRejected.invalid("outcome", "unknown outcome " + b.outcome()));
        return work.changeStatus(new ChangeStatus(number, to, outcome, b.note(), !Boolean.FALSE.equals(b.isPublic()),
                b.resolution(), staff.actor()));
    }

    @PostMapping("/notes")
    ServiceRequest note(@PathVariable String number, @RequestBody NoteBody b, @AuthenticationPrincipal StaffUser staff) {
        scoped(number, staff);
        return work.addNote(number, b.note(), Boolean.TRUE.equals(b.isPublic()), staff.actor());
    }

    @PostMapping("/assign")
    ServiceRequest assign(@PathVariable String number, @RequestBody AssignBody b, @AuthenticationPrincipal StaffUser staff) {
        scoped(number, staff);
        return work.assign(number, b.assignee(), staff.actor());
    }

    @PostMapping("/reopen")
    ServiceRequest reopen(@PathVariable String number, @RequestBody ReopenBody b, @AuthenticationPrincipal StaffUser staff) {
        scoped(number, staff);
        return work.reopen(number, b.reason(), staff.actor());
    }

    @PostMapping("/reroute")
    ServiceRequest reroute(@PathVariable String number, @RequestBody RerouteBody b, @AuthenticationPrincipal StaffUser staff) {
        scoped(number, staff);
        return coordination.reroute(number, b.agency(), b.reason(), staff.actor());
    }

    /** Merges this request (the child) into {@code parent}. */
    @PostMapping("/merge")
    ServiceRequest merge(@PathVariable String number, @RequestBody MergeBody b, @AuthenticationPrincipal StaffUser staff) {
        scoped(number, staff);
        scoped(b.parent(), staff);
        return coordination.merge(number, b.parent(), staff.actor());
    }

    @GetMapping("/duplicates")
    List<ServiceRequest> duplicates(@PathVariable String number, @AuthenticationPrincipal StaffUser staff) {
        ServiceRequest r = scoped(number, staff);
        return queries.likelyDuplicates(r);
    }

    private ServiceRequest scoped(String number, StaffUser staff) {
        ServiceRequest r = queries.find(number).orElseThrow(() ->
                RequestRejected.notFound("number", "no service request " + number));
        if (!staff.worksFor(r.agencyCode())) {
            throw new AccessDeniedException("request " + number + " belongs to another agency");
        }
        return r;
    }

    @ExceptionHandler(RequestRejected.class)
    ResponseEntity<Map<String, Object>> rejected(RequestRejected e) {
        int status = e.isNotFound() ? 404
                : e.problems().stream().anyMatch(p -> p.kind() == RequestRejected.Kind.CONFLICT) ? 409 : 400;
        return ResponseEntity.status(status).body(Map.of("errors", e.problems()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
        return ResponseEntity.status(403).body(Map.of("errors", List.of(e.getMessage())));
    }
}

package org.onecity.requests.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.Requester;
import org.onecity.requests.ServiceRequest;
import org.onecity.requests.sharing.RequesterFields;
import org.onecity.sharing.AgencySystem;
import org.onecity.sharing.Governance;
import org.onecity.sharing.Release;
import org.onecity.sharing.ReleaseDecisions;
import org.onecity.vault.PersonKeys;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The machine API over a request's requester: any agency system may ask, and gets exactly what the
 * release decision allows (its own agency's requests, or an agreement and consent for another's).
 * Every call states its purpose ({@code X-OneCity-Purpose}) and case ({@code X-OneCity-Case}).
 */
@RestController
@RequestMapping("/api/sharing/requests/{number}")
class RequesterSharingController {

    record ConsentBody(String purpose, String program, Boolean given) {
    }

    record BreakGlassBody(String reason, Integer minutes) {
    }

    private final RequestQueries queries;
    private final ReleaseDecisions decisions;
    private final Governance governance;
    private final PersonKeys personKeys;

    RequesterSharingController(RequestQueries queries, ReleaseDecisions decisions, Governance governance,
                               PersonKeys personKeys) {
        this.queries = queries;
        this.decisions = decisions;
        this.governance = governance;
        this.personKeys = personKeys;
    }

    @GetMapping("/requester")
    ResponseEntity<Map<String, Object>> requester(@PathVariable String number, @RequestParam(required = false) String fields,
                                                  @RequestHeader(name = "X-OneCity-Purpose", required = false) String purpose,
                                                  @RequestHeader(name = "X-OneCity-Case", required = false) String caseRef,
                                                  @AuthenticationPrincipal AgencySystem system) {
        if (purpose == null || purpose.isBlank() || caseRef == null || caseRef.isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("errors",
                    List.of("state the purpose (X-OneCity-Purpose) and the case (X-OneCity-Case) of the call")));
        }
        ServiceRequest r = queries.find(number).orElse(null);
        if (r == null) {
            return ResponseEntity.status(404).body(Map.of("errors", List.of("no service request " + number)));
        }
        Requester requester = queries.requester(number).orElse(Requester.ANONYMOUS);
        Release release = decisions.decide(new ReleaseDecisions.Ask(RequesterFields.caller(system.actor()),
                RequesterFields.DATASET, r.agencyCode(), number, purpose.strip(), caseRef.strip(),
                RequesterFields.requested(fields), personKeys.of(requester.email(), requester.phone())),
                RequesterFields.values(requester));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", number);
        body.put("decision", release.decision());
        body.put("released", release.released());
        body.put("denied", release.denied());
        body.put("audit", release.auditSeq());
        return ResponseEntity.status(release.decision().equals("denied") ? 403 : 200).body(body);
    }

    /** Consent recorded by the request's own agency's system on the person's behalf (given or withdrawn). */
    @PostMapping("/consent")
    ResponseEntity<Void> consent(@PathVariable String number, @RequestBody ConsentBody b,
                                 @AuthenticationPrincipal AgencySystem system) {
        var r = queries.find(number);
        if (r.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (!system.may(AgencySystem.RECORD_CONSENT) || !system.agencyCode().equals(r.get().agencyCode())) {
            return ResponseEntity.status(403).build();
        }
        if (b.purpose() == null || b.purpose().isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        governance.consent(number, b.purpose(), b.program(), !Boolean.FALSE.equals(b.given()), system.code(), "agency",
                RequesterFields.DATASET);
        return ResponseEntity.noContent().build();
    }

    /** Emergency access for a system that may read requester details: time-limited, audited, flagged for review. */
    @PostMapping("/break-glass")
    ResponseEntity<Map<String, Object>> breakGlass(@PathVariable String number, @RequestBody BreakGlassBody b,
                                                   @AuthenticationPrincipal AgencySystem system) {
        if (queries.find(number).isEmpty()) {
            return ResponseEntity.status(404).build();
        }
        if (!system.may(AgencySystem.READ_REQUESTER)) {
            return ResponseEntity.status(403).build();
        }
        try {
            long id = governance.breakGlass(RequesterFields.caller(system.actor()), RequesterFields.DATASET, number, b.reason(),
                    Duration.ofMinutes(b.minutes() == null ? 60 : b.minutes()));
            return ResponseEntity.status(201).body(Map.of("id", id, "flaggedForReview", true));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("errors", List.of(e.getMessage())));
        }
    }
}

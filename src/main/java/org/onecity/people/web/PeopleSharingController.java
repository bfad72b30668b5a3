package org.onecity.people.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onecity.people.registry.PersonFields;
import org.onecity.people.registry.PersonForm;
import org.onecity.people.registry.PersonRecord;
import org.onecity.people.registry.PersonRejected;
import org.onecity.people.registry.PersonReleases;
import org.onecity.people.registry.PersonSearch;
import org.onecity.people.registry.PersonStore;
import org.onecity.people.registry.Registration;
import org.onecity.sharing.AgencySystem;
import org.onecity.sharing.Release;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The machine API over the person registry for agency systems: register (idempotent by CURP, scope
 * people:write), search by one exact identifier and read one person (scope people.person:read), every
 * read through the release decision with its purpose ({@code X-OneCity-Purpose}) and case ({@code X-OneCity-Case}).
 */
@RestController
class PeopleSharingController {

    record PersonBody(String curp, String givenNames, String firstSurname, String secondSurname, String birthDate,
                      String sex, String phone, String email, String address, String alcaldia, Double latitude,
                      Double longitude, Boolean confirmed) {
    }

    private final Registration registration;
    private final PersonSearch search;
    private final PersonStore store;
    private final PersonReleases releases;

    PeopleSharingController(Registration registration, PersonSearch search, PersonStore store,
                            PersonReleases releases) {
        this.registration = registration;
        this.search = search;
        this.store = store;
        this.releases = releases;
    }

    @PostMapping("/api/sharing/people")
    ResponseEntity<Map<String, Object>> register(@RequestBody(required = false) PersonBody b,
                                                 @AuthenticationPrincipal AgencySystem system) {
        if (!system.may(PersonFields.WRITE_SCOPE)) {
            return error(403, "the system may not register people (scope " + PersonFields.WRITE_SCOPE + ")");
        }
        PersonBody body = b == null ? new PersonBody(null, null, null, null, null, null, null, null, null, null, null,
                null, null) : b;
        var result = registration.register(new PersonForm(body.curp(), body.givenNames(), body.firstSurname(),
                body.secondSurname(), body.birthDate(), body.sex(), body.phone(), body.email(), body.address(),
                body.alcaldia(), body.latitude(), body.longitude()), system.agencyCode(), system.actor(),
                Boolean.TRUE.equals(body.confirmed()));
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> duplicates = result.possibleDuplicates().stream().map(PeopleSharingController::ref)
                .toList();
        if (result.stoppedByDuplicates()) {
            out.put("errors", List.of("possible duplicates: the same phone, email, or name and birth date; send"
                    + " \"confirmed\": true to register a new person anyway"));
            out.put("possibleDuplicates", duplicates);
            return ResponseEntity.status(409).body(out);
        }
        out.putAll(ref(result.person()));
        out.put("matched", result.matched());
        out.put("possibleDuplicates", duplicates);
        return ResponseEntity.status(result.matched() ? 200 : 201).body(out);
    }

    @GetMapping("/api/sharing/people")
    ResponseEntity<Map<String, Object>> search(@RequestParam(required = false) String curp,
                                               @RequestParam(required = false) String phone,
                                               @RequestParam(required = false) String email,
                                               @RequestParam(required = false) String givenNames,
                                               @RequestParam(required = false) String firstSurname,
                                               @RequestParam(required = false) String secondSurname,
                                               @RequestParam(required = false) String birthDate,
                                               @RequestParam(required = false) String fields,
                                               @RequestHeader(name = "X-OneCity-Purpose", required = false) String purpose,
                                               @RequestHeader(name = "X-OneCity-Case", required = false) String caseRef,
                                               @AuthenticationPrincipal AgencySystem system) {
        if (!system.may(PersonFields.READ_SCOPE)) {
            return error(403, "the system may not read the person registry (scope " + PersonFields.READ_SCOPE + ")");
        }
        if (blank(purpose) || blank(caseRef)) {
            return statePurpose();
        }
        var hits = search.search(new PersonSearch.Query(curp, phone, email, givenNames, firstSurname, secondSurname,
                birthDate), PersonFields.caller(system.actor()), purpose.strip(), caseRef.strip(), PersonFields.requested(fields));
        List<Map<String, Object>> results = hits.stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", h.key().toString());
            m.put("holderAgency", h.holderAgency());
            m.putAll(release(h.release()));
            return m;
        }).toList();
        return ResponseEntity.ok(Map.of("results", results));
    }

    @GetMapping("/api/sharing/people/{key}")
    ResponseEntity<Map<String, Object>> read(@PathVariable String key, @RequestParam(required = false) String fields,
                                             @RequestHeader(name = "X-OneCity-Purpose", required = false) String purpose,
                                             @RequestHeader(name = "X-OneCity-Case", required = false) String caseRef,
                                             @AuthenticationPrincipal AgencySystem system) {
        if (!system.may(PersonFields.READ_SCOPE)) {
            return error(403, "the system may not read the person registry (scope " + PersonFields.READ_SCOPE + ")");
        }
        if (blank(purpose) || blank(caseRef)) {
            return statePurpose();
        }
        Optional<PersonRecord> p = PeopleWeb.uuid(key).flatMap(store::living);
        if (p.isEmpty()) {
            return error(404, "no person " + key);
        }
        Release release = releases.release(PersonFields.caller(system.actor()), p.get(), purpose.strip(), caseRef.strip(),
                PersonFields.requested(fields));
        Map<String, Object> body = new LinkedHashMap<>(ref(p.get()));
        body.put("requestedKey", key);
        body.putAll(release(release));
        return ResponseEntity.status(release.decision().equals("denied") ? 403 : 200).body(body);
    }

    @ExceptionHandler(PersonRejected.class)
    ResponseEntity<Map<String, Object>> rejected(PersonRejected e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        return ResponseEntity.status(status).body(Map.of("errors", e.problems()));
    }

    private static Map<String, Object> release(Release r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision", r.decision());
        m.put("released", r.released());
        m.put("denied", r.denied());
        m.put("audit", r.auditSeq());
        return m;
    }

    static Map<String, Object> ref(PersonRecord p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", p.key().toString());
        m.put("holderAgency", p.holderAgency());
        return m;
    }

    private static ResponseEntity<Map<String, Object>> statePurpose() {
        return error(400, "state the purpose (X-OneCity-Purpose) and the case (X-OneCity-Case) of the call");
    }

    static ResponseEntity<Map<String, Object>> error(int status, String message) {
        return ResponseEntity.status(status).body(Map.of("errors", List.of(message)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

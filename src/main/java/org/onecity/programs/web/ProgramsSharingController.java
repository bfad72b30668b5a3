package org.onecity.programs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onecity.programs.Applications;
import org.onecity.programs.Enrolments;
import org.onecity.programs.ProgramsProblem;
import org.onecity.sharing.AgencySystem;
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
 * The machine API of programs: agency systems read a person's enrolments (each application through
 * the release decision, with its purpose and case) and file applications on a person's behalf.
 */
@RestController
class ProgramsSharingController {

    record ApplyBody(String personKey, Boolean consent) {
    }

    private final Enrolments enrolments;
    private final Applications applications;

    ProgramsSharingController(Enrolments enrolments, Applications applications) {
        this.enrolments = enrolments;
        this.applications = applications;
    }

    @GetMapping("/api/sharing/people/{key}/enrolments")
    ResponseEntity<Map<String, Object>> enrolments(@PathVariable String key, @RequestParam(required = false) String fields,
                                                   @RequestHeader(name = "X-OneCity-Purpose", required = false) String purpose,
                                                   @RequestHeader(name = "X-OneCity-Case", required = false) String caseRef,
                                                   @AuthenticationPrincipal AgencySystem system) {
        if (!system.may(AgencySystem.READ_ENROLMENTS)) {
            return ResponseEntity.status(403).body(ProgramJson.error("scope " + AgencySystem.READ_ENROLMENTS + " missing"));
        }
        if (purpose == null || purpose.isBlank() || caseRef == null || caseRef.isBlank()) {
            return ResponseEntity.badRequest().body(ProgramJson.error(
                    "state the purpose (X-OneCity-Purpose) and the case (X-OneCity-Case) of the call"));
        }
        Optional<UUID> person = uuid(key);
        if (person.isEmpty()) {
            return ResponseEntity.badRequest().body(ProgramJson.error("not a person key: " + key));
        }
        var released = enrolments.forSystem(system, person.get(), purpose.strip(), caseRef.strip(), fields);
        if (released.isEmpty()) {
            return ResponseEntity.status(404).body(ProgramJson.error("no person " + key));
        }
        List<Map<String, Object>> rows = released.get().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", r.application().number());
            row.put("decision", r.release().decision());
            row.put("released", r.release().released());
            row.put("denied", r.release().denied());
            row.put("audit", r.release().auditSeq());
            return row;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", person.get().toString());
        body.put("applications", rows);
        return ResponseEntity.ok(body);
    }

    @PostMapping("/api/sharing/programs/{code}/applications")
    ResponseEntity<Map<String, Object>> apply(@PathVariable String code, @RequestBody ApplyBody b,
                                              @AuthenticationPrincipal AgencySystem system) {
        if (!system.may(AgencySystem.FILE_APPLICATIONS)) {
            return ResponseEntity.status(403).body(ProgramJson.error("scope " + AgencySystem.FILE_APPLICATIONS + " missing"));
        }
        Optional<UUID> person = uuid(b.personKey());
        if (person.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("errors", List.of(Map.of("field", "personKey",
                    "code", b.personKey() == null ? "required" : "personKey"))));
        }
        var filed = applications.apply(new Applications.Apply(code, person.get(), system.actor(), b.consent()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", filed.application().number());
        body.put("program", filed.application().programCode());
        body.put("status", filed.application().status().wire());
        body.put("created", filed.created());
        return ResponseEntity.status(filed.created() ? 201 : 200).body(body);
    }

    private static Optional<UUID> uuid(String s) {
        try {
            return s == null ? Optional.empty() : Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @ExceptionHandler(ProgramsProblem.class)
    ResponseEntity<Map<String, Object>> refused(ProgramsProblem e) {
        return ResponseEntity.status(e.httpStatus()).body(ProgramJson.errors(e));
    }
}

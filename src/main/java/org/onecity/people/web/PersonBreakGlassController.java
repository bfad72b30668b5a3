package org.onecity.people.web;

import static org.onecity.people.web.PeopleSharingController.error;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecity.people.registry.PersonFields;
import org.onecity.people.registry.PersonRecord;
import org.onecity.people.registry.PersonStore;
import org.onecity.sharing.AgencySystem;
import org.onecity.sharing.Governance;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Break the glass on a person's record: emergency access for an agency system, with a stated reason,
 * for a short time, flagged for review. While it lasts the system's reads release what its scope
 * allows (or the fields it named) whatever the agreements and consent say; each read is still
 * decided and audited as a break-the-glass release. The grant and its audit entry are written together.
 */
@RestController
class PersonBreakGlassController {

    /** Why (10–500 characters), for how long (minutes, default 60, at most 8 h), which fields (none: all). */
    record BreakGlassBody(String reason, Integer minutes, List<String> fields) {
    }

    private final PersonStore store;
    private final Governance governance;

    PersonBreakGlassController(PersonStore store, Governance governance) {
        this.store = store;
        this.governance = governance;
    }

    @PostMapping("/api/sharing/people/{key}/break-glass")
    ResponseEntity<Map<String, Object>> breakGlass(@PathVariable String key,
                                                   @RequestBody(required = false) BreakGlassBody b,
                                                   @AuthenticationPrincipal AgencySystem system) {
        if (!system.may(PersonFields.READ_SCOPE)) {
            return error(403, "the system may not read the person registry (scope " + PersonFields.READ_SCOPE + ")");
        }
        Optional<PersonRecord> p = PeopleWeb.uuid(key).flatMap(store::living);
        if (p.isEmpty()) {
            return error(404, "no person " + key);
        }
        BreakGlassBody body = b == null ? new BreakGlassBody(null, null, null) : b;
        if (body.fields() != null && !PersonFields.ALL.containsAll(body.fields())) {
            return error(400, "unknown field: the fields are " + String.join(", ", PersonFields.ALL));
        }
        if (body.reason() != null && body.reason().strip().length() > 500) {
            return error(400, "state the reason in 500 characters at most");
        }
        try {
            long id = governance.breakGlass(PersonFields.caller(system.actor()), PersonFields.DATASET,
                    PersonFields.subject(p.get().key()), body.reason(),
                    Duration.ofMinutes(body.minutes() == null ? 60 : body.minutes()),
                    body.fields() == null || body.fields().isEmpty() ? null : new LinkedHashSet<>(body.fields()));
            Map<String, Object> out = new LinkedHashMap<>(PeopleSharingController.ref(p.get()));
            out.put("id", id);
            out.put("flaggedForReview", true);
            return ResponseEntity.status(201).body(out);
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
    }
}

package org.onecity.programs;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.onecity.shared.Actor;
import org.onecity.sharing.AgencySystem;
import org.onecity.sharing.Caller;
import org.onecity.sharing.Dataset;
import org.onecity.vault.PersonalData;
import org.onecity.vault.SealedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The enrolment dataset (what other agencies may read of a person's applications) and the sealed
 * decision reasons, declared to sharing as beans.
 */
@Configuration(proxyBeanMethods = false)
class Enrolment {

    static final String DATASET = "programs.enrolment";
    static final List<String> FIELDS = List.of("program", "status", "submitted_at", "decided_at", "outcome");
    /** The purpose of consent asked when an application is filed, and of agencies' reads for eligibility. */
    static final String PURPOSE = "program-eligibility";
    static final String TABLE = "programs.application";

    @Bean
    Dataset enrolmentDataset() {
        return new Dataset(DATASET, FIELDS);
    }

    @Bean
    SealedTable applicationDecisionReasons() {
        return new SealedTable(TABLE, "id", List.of(SealedTable.Column.sealed("decision_reason")));
    }

    static String reasonContext(long id) {
        return PersonalData.context(TABLE, "decision_reason", id);
    }

    static String subject(UUID person) {
        return "person:" + person;
    }

    static Map<String, String> values(Application a) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("program", a.programCode());
        v.put("status", a.status().wire());
        v.put("submitted_at", a.submittedAt().toString());
        v.put("decided_at", a.decidedAt() == null ? null : a.decidedAt().toString());
        v.put("outcome", a.status().decision() ? a.status().wire() : null);
        return v;
    }

    static Caller caller(Actor a) {
        return new Caller(a, AgencySystem.may(a, AgencySystem.READ_ENROLMENTS) ? Set.copyOf(FIELDS) : Set.of(), false);
    }

    /** The requested fields: the comma-separated list, or all when none is given. */
    static Set<String> requested(String fields) {
        Set<String> s = new LinkedHashSet<>();
        if (fields == null || fields.isBlank()) {
            s.addAll(FIELDS);
            return s;
        }
        for (String f : fields.split(",")) {
            if (!f.isBlank()) {
                s.add(f.strip());
            }
        }
        return s;
    }
}

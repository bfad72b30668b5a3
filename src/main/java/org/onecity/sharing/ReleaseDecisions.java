package org.onecity.sharing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.Audit;
import org.onecity.sharing.release.ReleasePolicy;
import org.onecity.sharing.release.ReleasePolicy.AgreementTerms;
import org.onecity.sharing.release.ReleasePolicy.Consent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of personal data goes through {@link #decide}: it gathers the agreements, the person's
 * consent and any break-the-glass grant, applies {@link ReleasePolicy}, and audits the decision.
 */
@Service
public class ReleaseDecisions {

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;
    private final Consents consents;

    ReleaseDecisions(JdbcClient jdbc, Audit audit, Clock clock, Consents consents) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.consents = consents;
    }

    /**
     * What is asked: whose data (subject), held by which agency, for which purpose and case;
     * {@code people} are the person keys ({@link PersonKeys}) of whom the data is about, whose
     * consent counts besides any recorded for the subject itself; {@code program} is the program the
     * data is about (consent given for another program does not count), or null.
     */
    public record Ask(Caller caller, String dataset, String provider, String subject, String purpose, String caseRef,
                      Set<String> requested, List<String> people, String program) {

        public Ask {
            people = people == null ? List.of() : List.copyOf(people);
        }

        public Ask(Caller caller, String dataset, String provider, String subject, String purpose, String caseRef,
                   Set<String> requested, List<String> people) {
            this(caller, dataset, provider, subject, purpose, caseRef, requested, people, null);
        }

        public Ask(Caller caller, String dataset, String provider, String subject, String purpose, String caseRef,
                   Set<String> requested) {
            this(caller, dataset, provider, subject, purpose, caseRef, requested, List.of());
        }
    }

    @Transactional
    public Release decide(Ask ask, Map<String, String> values) {
        Instant now = clock.instant();
        var agreements = jdbc.sql("""
                select code, consumer_agency, consumer_system, purpose, fields, valid_from, valid_to, consent_required
                from sharing.agreement where dataset = ? and provider_agency = ?""")
                .params(ask.dataset(), ask.provider())
                .query((rs, n) -> new AgreementTerms(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Set.of((String[]) rs.getArray(5).getArray()), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getBoolean(8)))
                .list();
        // Every grant in force counts (one may add a field to another's); the newest gives the reason.
        var grants = jdbc.sql("""
                select reason, fields from sharing.break_glass where actor = ? and dataset = ? and subject = ?
                  and granted_at <= ? and expires_at > ? order by id desc""")
                .params(ask.caller().name(), ask.dataset(), ask.subject(), ts(now), ts(now))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getArray(2) == null ? Set.copyOf(ask.requested())
                        : Set.of((String[]) rs.getArray(2).getArray())))
                .list();
        var glass = grants.stream().findFirst();
        Set<String> glassFields = grants.isEmpty() ? null : grants.stream().flatMap(g -> g.getValue().stream())
                .collect(Collectors.toSet());
        var outcome = ReleasePolicy.decide(ask.caller(), ask.provider(), ask.purpose(), ask.requested(),
                values.keySet(), agreements, consent(ask, now), glassFields, now);
        String reason = outcome.denied().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
        if (outcome.decision().equals("break_glass")) {
            reason = "break the glass: " + glass.get().getKey() + (reason.isEmpty() ? "" : "; denied " + reason);
        } else if (!outcome.agreements().isEmpty()) {
            reason = "agreements " + String.join(",", outcome.agreements()) + (reason.isEmpty() ? "" : "; denied " + reason);
        }
        long seq = audit.record(AccessRecord.by(ask.caller().actor(), ask.purpose(), ask.caseRef(), "read", ask.dataset(), ask.subject(),
                List.copyOf(outcome.released()), outcome.decision(), reason.isEmpty() ? null : reason));
        Map<String, String> released = new LinkedHashMap<>();
        outcome.released().forEach(f -> released.put(f, values.get(f)));
        return new Release(released, outcome.denied(), outcome.decision(), seq);
    }

    private Consent consent(Ask ask, Instant now) {
        List<String> subjects = new java.util.ArrayList<>(ask.people());
        subjects.add(ask.subject());
        List<String> consumers = java.util.stream.Stream.of(ask.caller().agency(), ask.caller().system())
                .filter(java.util.Objects::nonNull).toList();
        return Consent.valueOf(consents.state(subjects, ask.purpose(), ask.program(), consumers, now).name());
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}

package org.onecity.sharing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Data-sharing agreements, consent records and break-the-glass grants; each change is audited. */
@Service
public class Governance {

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;

    Governance(JdbcClient jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record Agreement(String code, String providerAgency, String consumerAgency, String consumerSystem,
                            String dataset, Set<String> fields, String purpose, String legalBasis, Instant validFrom,
                            Instant validTo, boolean consentRequired) {
    }

    @Transactional
    public void addAgreement(Agreement a, String by) {
        jdbc.sql("""
                insert into sharing.agreement (code, provider_agency, consumer_agency, consumer_system, dataset, fields,
                    purpose, legal_basis, valid_from, valid_to, consent_required, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.code(), a.providerAgency(), a.consumerAgency(), a.consumerSystem(), a.dataset(),
                        a.fields().toArray(String[]::new), a.purpose(), a.legalBasis(), ts(a.validFrom()),
                        ts(a.validTo()), a.consentRequired(), ts(clock.instant()))
                .update();
        audit.record(new AccessRecord(by, "staff", null, null, a.purpose(), a.code(), "agreement", a.dataset(),
                null, List.copyOf(a.fields()), "granted", a.providerAgency() + " -> "
                + (a.consumerAgency() != null ? a.consumerAgency() : a.consumerSystem())));
    }

    public List<Map<String, Object>> agreements() {
        return jdbc.sql("select code, provider_agency, consumer_agency, consumer_system, dataset, fields::text as fields,"
                + " purpose, legal_basis, valid_from, valid_to, consent_required from sharing.agreement order by code")
                .query().listOfRows();
    }

    /** Records consent given or withdrawn; it counts from the next decision on. */
    @Transactional
    public void consent(String subject, String purpose, String program, boolean given, String by, String channel,
                        String dataset) {
        Instant now = clock.instant();
        if (given) {
            jdbc.sql("""
                    insert into sharing.consent (subject, purpose, program, given_at, recorded_by, channel)
                    values (?, ?, ?, ?, ?, ?)""").params(subject, purpose, program, ts(now), by, channel).update();
        } else {
            jdbc.sql("update sharing.consent set withdrawn_at = ? where subject = ? and purpose = ? and withdrawn_at is null")
                    .params(ts(now), subject, purpose).update();
        }
        audit.record(new AccessRecord(by, channel.equals("agency") ? "system" : "staff", null, null, purpose, subject,
                given ? "consent_given" : "consent_withdrawn", dataset, subject, List.of(), "granted", program));
    }

    /** Grants emergency access to one person's data for a short time; flagged for review. */
    @Transactional
    public long breakGlass(Caller caller, String dataset, String subject, String reason, Duration lasting) {
        if (reason == null || reason.strip().length() < 10) {
            throw new IllegalArgumentException("state the reason for breaking the glass (10 characters at least)");
        }
        if (lasting.isNegative() || lasting.isZero() || lasting.compareTo(Duration.ofHours(8)) > 0) {
            throw new IllegalArgumentException("break-the-glass access lasts at most 8 hours");
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into sharing.break_glass (actor, system_code, agency_code, dataset, subject, reason, granted_at,
                    expires_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caller.name(), caller.system(), caller.agency(), dataset, subject, reason.strip(), ts(now),
                        ts(now.plus(lasting)))
                .query(Long.class).single();
        audit.record(new AccessRecord(caller.name(), caller.kind(), caller.system(), caller.agency(), "emergency",
                subject, "break_glass", dataset, subject, List.of(), "break_glass", reason.strip()));
        return id;
    }

    public List<Map<String, Object>> unreviewedBreakGlass() {
        return jdbc.sql("select * from sharing.break_glass where reviewed_at is null order by id").query().listOfRows();
    }

    @Transactional
    public boolean review(long id, String by) {
        return jdbc.sql("update sharing.break_glass set reviewed_at = ?, reviewed_by = ? where id = ? and reviewed_at is null")
                .params(ts(clock.instant()), by, id).update() == 1;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}

package org.onecity.sharing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.Audit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Data-sharing agreements, consent records and break-the-glass grants; each change is audited. */
@Service
public class Governance {

    private final JdbcClient jdbc;
    private final Audit audit;
    private final Clock clock;
    private final Consents consents;

    Governance(JdbcClient jdbc, Audit audit, Clock clock, Consents consents) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.consents = consents;
    }

    public record Agreement(String code, String providerAgency, String consumerAgency, String consumerSystem,
                            String dataset, Set<String> fields, String purpose, String legalBasis, Instant validFrom,
                            Instant validTo, boolean consentRequired) {

        public boolean inForce(Instant now) {
            return !now.isBefore(validFrom) && (validTo == null || now.isBefore(validTo));
        }

        public boolean ended(Instant now) {
            return validTo != null && !now.isBefore(validTo);
        }

        /** The agency or system the agreement releases to. */
        public String consumer() {
            return consumerAgency != null ? consumerAgency : consumerSystem;
        }
    }

    /** A break-the-glass grant; {@code fields} empty when it covers every field the role allows. */
    public record BreakGlass(long id, String actor, String system, String agency, String dataset, String subject,
                             String reason, Instant grantedAt, Instant expiresAt, List<String> fields) {

        public BreakGlass {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        /** Granted to a staff member on the emergency access page, not to an agency system. */
        public boolean staff() {
            return system == null;
        }
    }

    private static final String GRANT_COLUMNS =
            "id, actor, system_code, agency_code, dataset, subject, reason, granted_at, expires_at, fields";

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
                + a.consumer()));
    }

    /** Every agreement, ended ones included, by code. */
    public List<Agreement> all() {
        return jdbc.sql("""
                select code, provider_agency, consumer_agency, consumer_system, dataset, fields, purpose, legal_basis,
                    valid_from, valid_to, consent_required from sharing.agreement order by code""")
                .query((rs, n) -> new Agreement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), new java.util.LinkedHashSet<>(List.of((String[]) rs.getArray(6).getArray())),
                        rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(), rs.getBoolean(11)))
                .list();
    }

    /**
     * The agreements over {@code dataset} that have not ended and need the person's consent, from
     * {@code provider} ({@code null}: from any agency): what a person is asked to allow or stop.
     */
    public List<Agreement> askingForConsent(String dataset, String provider) {
        Instant now = clock.instant();
        return all().stream().filter(a -> a.dataset().equals(dataset) && a.consentRequired() && !a.ended(now)
                && (provider == null || a.providerAgency().equals(provider))).toList();
    }

    public List<Map<String, Object>> agreements() {
        return jdbc.sql("select code, provider_agency, consumer_agency, consumer_system, dataset, fields::text as fields,"
                + " purpose, legal_basis, valid_from, valid_to, consent_required from sharing.agreement order by code")
                .query().listOfRows();
    }

    /**
     * Ends an agreement now: it stops counting from the next decision on. One that has not started
     * yet ends one microsecond after its start (the table keeps valid_to after valid_from).
     * Returns false when there is no such agreement or it has already ended.
     */
    @Transactional
    public boolean endAgreement(String code, String by) {
        Instant now = clock.instant();
        var ended = jdbc.sql("""
                update sharing.agreement set valid_to = greatest(?, valid_from + interval '1 microsecond')
                where code = ? and (valid_to is null or valid_to > ?)
                returning provider_agency, coalesce(consumer_agency, consumer_system), dataset, purpose, fields""")
                .params(ts(now), code, ts(now))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        List.of((String[]) rs.getArray(5).getArray())})
                .optional();
        if (ended.isEmpty()) {
            return false;
        }
        Object[] a = ended.get();
        @SuppressWarnings("unchecked")
        List<String> fields = (List<String>) a[4];
        audit.record(new AccessRecord(by, "staff", null, null, (String) a[3], code, "agreement_ended", (String) a[2],
                null, fields, "granted", a[0] + " -> " + a[1]));
        return true;
    }

    /** Records consent given or withdrawn for one subject (a request number or a person key), every consumer. */
    public void consent(String subject, String purpose, String program, boolean given, String by, String channel,
                        String dataset) {
        consents.record(new Consents.Statement(subject, purpose, program, null, given, by,
                channel.equals("agency") ? "system" : channel.equals("portal") ? "resident" : "staff", channel, dataset,
                null));
    }

    /** Grants emergency access to one person's data for a short time; flagged for review. */
    @Transactional
    public long breakGlass(Caller caller, String dataset, String subject, String reason, Duration lasting) {
        return breakGlass(caller, dataset, subject, reason, lasting, null);
    }

    /** As above, for the named fields only ({@code null}: every field the caller's role allows). */
    @Transactional
    public long breakGlass(Caller caller, String dataset, String subject, String reason, Duration lasting,
                           Set<String> fields) {
        if (fields != null && fields.isEmpty()) {
            throw new IllegalArgumentException("name at least one field, or none for all");
        }
        if (reason == null || reason.strip().length() < 10) {
            throw new IllegalArgumentException("state the reason for breaking the glass (10 characters at least)");
        }
        if (lasting.isNegative() || lasting.isZero() || lasting.compareTo(Duration.ofHours(8)) > 0) {
            throw new IllegalArgumentException("break-the-glass access lasts at most 8 hours");
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into sharing.break_glass (actor, system_code, agency_code, dataset, subject, reason, granted_at,
                    expires_at, fields) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caller.name(), caller.system(), caller.agency(), dataset, subject, reason.strip(), ts(now),
                        ts(now.plus(lasting)), fields == null ? null : fields.toArray(String[]::new))
                .query(Long.class).single();
        audit.record(AccessRecord.by(caller.actor(), "emergency",
                subject, "break_glass", dataset, subject, fields == null ? List.of() : List.copyOf(fields),
                "break_glass", reason.strip()));
        return id;
    }

    /** Grants not yet reviewed, oldest first. */
    public List<BreakGlass> toReview() {
        return jdbc.sql("select " + GRANT_COLUMNS + " from sharing.break_glass where reviewed_at is null order by id")
                .query(Governance::grant).list();
    }

    /** Of the grants to {@code actor} over this subject in force now, the one that lasts longest. */
    public java.util.Optional<BreakGlass> activeGrant(String actor, String dataset, String subject) {
        Instant now = clock.instant();
        return jdbc.sql("select " + GRANT_COLUMNS + " from sharing.break_glass where actor = ? and dataset = ?"
                        + " and subject = ? and granted_at <= ? and expires_at > ? order by expires_at desc, id desc limit 1")
                .params(actor, dataset, subject, ts(now), ts(now)).query(Governance::grant).optional();
    }

    public List<Map<String, Object>> unreviewedBreakGlass() {
        return jdbc.sql("""
                select id, actor, system_code, agency_code, dataset, subject, reason, granted_at, expires_at,
                    reviewed_at, reviewed_by, array_to_string(fields, ',') as fields
                from sharing.break_glass where reviewed_at is null order by id""").query().listOfRows();
    }

    private static BreakGlass grant(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BreakGlass(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant(),
                rs.getArray(10) == null ? null : List.of((String[]) rs.getArray(10).getArray()));
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

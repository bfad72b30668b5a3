package org.onecity.sharing.members;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onecity.sharing.AgencySystem;
import org.onecity.sharing.SystemKeys;
import org.onecity.vault.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agency systems and their credentials. A credential is {@code ocs_<key id>.<secret>}; only the
 * SHA-256 of the 256-bit random secret is stored. Rotation issues a new credential and lets the old
 * one live for a grace period, so the system can switch without downtime.
 */
@Service
public class Systems {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final PersonalData sealing;
    private final Clock clock;

    Systems(JdbcClient jdbc, PersonalData sealing, Clock clock) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.clock = clock;
    }

    public record NewSystem(String code, String agencyCode, String name, Set<String> scopes, String webhookUrl,
                            List<String> eventTypes) {
    }

    /** A system as the admin pages list it: its scopes, webhook and how many credentials are live. */
    public record Listed(String code, String agencyCode, String name, List<String> scopes, String webhookUrl,
                         List<String> eventTypes, int liveCredentials, Instant createdAt) {
    }

    /** Every system (but those known by an Open311 API key) with its live (neither revoked nor expired) credentials counted. */
    public List<Listed> list() {
        return jdbc.sql("""
                select s.code, s.agency_code, s.name, s.scopes, s.webhook_url, s.event_types, s.created_at,
                    (select count(*) from sharing.credential c where c.system_id = s.id and c.revoked_at is null
                        and (c.expires_at is null or c.expires_at > ?)) as live
                from sharing.system s where s.disabled_at is null and not exists (select 1 from sharing.credential k
                    where k.system_id = s.id and k.kind = 'api_key')
                order by s.agency_code, s.code""")
                .param(ts(clock.instant()))
                .query((rs, n) -> new Listed(rs.getString("code"), rs.getString("agency_code"), rs.getString("name"),
                        List.of((String[]) rs.getArray("scopes").getArray()), rs.getString("webhook_url"),
                        List.of((String[]) rs.getArray("event_types").getArray()), rs.getInt("live"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** What is shown once, when a system is created or its credential rotated. */
    public record Issued(String system, String credential, String webhookSecret) {
    }

    @Transactional
    public Issued create(NewSystem s) {
        if (!AgencySystem.ALL_SCOPES.containsAll(s.scopes())) {
            throw new IllegalArgumentException("unknown scope; known: " + AgencySystem.ALL_SCOPES);
        }
        String secret = s.webhookUrl() == null ? null : random(32);
        long id = jdbc.sql("""
                insert into sharing.system (code, agency_code, name, scopes, webhook_url, event_types, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.code(), s.agencyCode(), s.name(), s.scopes().toArray(String[]::new), s.webhookUrl(),
                        (s.eventTypes() == null ? List.<String>of() : s.eventTypes()).toArray(String[]::new),
                        Timestamp.from(clock.instant()))
                .query(Long.class).single();
        if (secret != null) {
            jdbc.sql("update sharing.system set webhook_secret = ? where id = ?")
                    .params(sealing.seal(secretContext(id), secret), id).update();
        }
        return new Issued(s.code(), credential(id, null), secret);
    }

    /** A new credential for the system; the current ones stay valid for {@code grace}. */
    @Transactional
    public Issued rotate(String code, Duration grace) {
        long id = jdbc.sql("""
                        select id from sharing.system s where code = ? and not exists (select 1 from sharing.credential k
                            where k.system_id = s.id and k.kind = 'api_key') for update""").param(code).query(Long.class)
                .optional().orElseThrow(() -> new IllegalArgumentException("no system " + code));
        Instant until = clock.instant().plus(grace);
        jdbc.sql("""
                update sharing.credential set expires_at = least(coalesce(expires_at, ?), ?)
                where system_id = ? and revoked_at is null""").params(ts(until), ts(until), id).update();
        return new Issued(code, credential(id, null), null);
    }

    /** The active system a raw credential belongs to. */
    public Optional<AgencySystem> verify(String raw) {
        if (raw == null || !raw.startsWith("ocs_") || raw.length() != 4 + 16 + 1 + 43 || raw.charAt(20) != '.') {
            return Optional.empty();
        }
        String keyId = raw.substring(4, 20);
        byte[] given = sha256(raw.substring(21)).getBytes();
        return jdbc.sql("""
                select s.id, s.code, s.agency_code, s.name, s.scopes, c.secret_hash
                from sharing.credential c join sharing.system s on s.id = c.system_id
                where c.key_id = ? and c.revoked_at is null and (c.expires_at is null or c.expires_at > ?)
                  and s.disabled_at is null""")
                .params(keyId, ts(clock.instant()))
                .query((rs, n) -> MessageDigest.isEqual(given, rs.getString("secret_hash").getBytes())
                        ? new AgencySystem(rs.getLong("id"), rs.getString("code"), rs.getString("agency_code"),
                        rs.getString("name"), Set.of((String[]) rs.getArray("scopes").getArray()))
                        : null)
                .list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** The secret webhooks to this system are signed with. */
    public Optional<String> webhookSecret(long systemId) {
        return jdbc.sql("select webhook_secret from sharing.system where id = ?").param(systemId)
                .query((rs, n) -> Optional.ofNullable(sealing.open(secretContext(systemId), rs.getBytes(1))))
                .optional().flatMap(o -> o);
    }

    private String credential(long systemId, Instant expires) {
        String keyId = random(12);
        String secret = random(32);
        jdbc.sql("""
                insert into sharing.credential (system_id, key_id, secret_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?)""")
                .params(systemId, keyId, sha256(secret), ts(clock.instant()), ts(expires)).update();
        return "ocs_" + keyId + "." + secret;
    }

    private static String secretContext(long systemId) {
        return PersonalData.context("sharing.system", "webhook_secret", systemId);
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String s) {
        return SystemKeys.hash(s);
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}

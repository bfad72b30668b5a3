package org.onecity.sharing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agency systems known by one key (Open311 API keys): the key is an {@code api_key} credential, kept
 * as the SHA-256 of the whole key and found by it. Such a system may belong to no agency (a
 * resident-facing client). They stay out of the systems pages and counts, which list bearer systems.
 */
@Service
public class SystemKeys {

    private static final String KEY_SYSTEM = """
            select s.id, s.code, s.agency_code, s.name, s.scopes
            from sharing.system s join sharing.credential c on c.system_id = s.id and c.kind = 'api_key'
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    SystemKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new system holding {@code key}; empty when its code or the key is taken already. */
    @Transactional
    public Optional<AgencySystem> register(String code, String name, String agencyCode, Set<String> scopes, String key) {
        String hash = hash(key);
        if (jdbc.sql("select count(*) from sharing.credential where kind = 'api_key' and secret_hash = ?")
                .param(hash).query(Long.class).single() > 0) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                insert into sharing.system (code, agency_code, name, scopes, created_at) values (?, ?, ?, ?, ?)
                on conflict (code) do nothing returning id""")
                .params(code, agencyCode, name, scopes.toArray(String[]::new), now).query(Long.class).optional()
                .map(id -> {
                    jdbc.sql("""
                            insert into sharing.credential (system_id, kind, secret_hash, created_at)
                            values (?, 'api_key', ?, ?)""").params(id, hash, now).update();
                    return new AgencySystem(id, code, agencyCode, name, scopes);
                });
    }

    /** The active system whose key has this SHA-256 ({@link #hash}). */
    public Optional<AgencySystem> verify(String keyHash) {
        return jdbc.sql(KEY_SYSTEM + "where c.secret_hash = ? and c.revoked_at is null and s.disabled_at is null")
                .param(keyHash).query(SystemKeys::system).optional();
    }

    /** Revokes the system's key and disables it; false when it has no live key. */
    @Transactional
    public boolean revoke(String code) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> ids = jdbc.sql("""
                update sharing.credential c set revoked_at = ? from sharing.system s
                where s.id = c.system_id and s.code = ? and c.kind = 'api_key' and c.revoked_at is null
                returning s.id""").params(now, code).query(Long.class).list();
        ids.forEach(id -> jdbc.sql("update sharing.system set disabled_at = ? where id = ? and disabled_at is null")
                .params(now, id).update());
        return !ids.isEmpty();
    }

    /** Systems with a live key, by name. */
    public List<AgencySystem> active() {
        return jdbc.sql(KEY_SYSTEM + "where c.revoked_at is null and s.disabled_at is null order by s.name")
                .query(SystemKeys::system).list();
    }

    /** How many systems with a live key act for the agency. */
    public long activeOfAgency(String agencyCode) {
        return jdbc.sql("select count(*) from (" + KEY_SYSTEM
                        + "where c.revoked_at is null and s.disabled_at is null and s.agency_code = ?) k")
                .param(agencyCode).query(Long.class).single();
    }

    /** SHA-256 in hex, how every credential's secret is kept. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AgencySystem system(ResultSet rs, int n) throws SQLException {
        return new AgencySystem(rs.getLong("id"), rs.getString("code"), rs.getString("agency_code"),
                rs.getString("name"), Set.of((String[]) rs.getArray("scopes").getArray()));
    }
}

package org.onecity.open311;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Open311 API keys: only their SHA-256 is stored; a new key is shown once, when created. */
@Service
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record IssuedKey(ApiClient client, String key) {
    }

    /**
     * The client a key belongs to. Answers are remembered for a few seconds per node, so a revoked
     * key stops working everywhere within {@link #REMEMBER}.
     */
    public Optional<ApiClient> verify(String rawKey) {
        if (rawKey == null || rawKey.isBlank() || rawKey.length() > 200) {
            return Optional.empty();
        }
        String hash = hash(rawKey);
        java.time.Instant now = clock.instant();
        Remembered r = remembered.get(hash);
        if (r != null && r.until().isAfter(now)) {
            return r.client();
        }
        Optional<ApiClient> client = jdbc.sql(
                        "select id, name, agency_code from open311.api_key where key_hash = ? and revoked_at is null")
                .param(hash).query((rs, n) -> new ApiClient(rs.getLong("id"), rs.getString("name"),
                        rs.getString("agency_code"))).optional();
        if (remembered.size() > 10_000) {
            remembered.clear();
        }
        remembered.put(hash, new Remembered(client, now.plus(REMEMBER)));
        return client;
    }

    static final java.time.Duration REMEMBER = java.time.Duration.ofSeconds(10);

    private record Remembered(Optional<ApiClient> client, java.time.Instant until) {
    }

    private final java.util.Map<String, Remembered> remembered = new java.util.concurrent.ConcurrentHashMap<>();

    @Transactional
    public IssuedKey issue(String name, String agencyCode) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedKey(register(name, agencyCode, key).orElseThrow(), key);
    }

    /** Registers a known key (demo mode); empty when the name exists already. */
    @Transactional
    public Optional<ApiClient> register(String name, String agencyCode, String key) {
        return jdbc.sql("""
                insert into open311.api_key (name, key_hash, agency_code, created_at) values (?, ?, ?, ?)
                on conflict do nothing returning id""")
                .params(name, hash(key), agencyCode, Timestamp.from(clock.instant())).query(Long.class).optional()
                .map(id -> {
                    remembered.remove(hash(key));
                    return id;
                })
                .map(id -> new ApiClient(id, name, agencyCode));
    }

    @Transactional
    public boolean revoke(String name) {
        remembered.clear();
        return jdbc.sql("update open311.api_key set revoked_at = ? where name = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), name).update() == 1;
    }

    public List<ApiClient> active() {
        return jdbc.sql("select id, name, agency_code from open311.api_key where revoked_at is null order by name")
                .query((rs, n) -> new ApiClient(rs.getLong("id"), rs.getString("name"), rs.getString("agency_code")))
                .list();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

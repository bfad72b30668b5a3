package org.onecity.open311;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.onecity.sharing.SystemKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open311 API keys: each is the credential of an agency system of its own (sharing's
 * {@link SystemKeys}), named by the key's name, with scope {@value #SCOPE}. Only the key's SHA-256 is
 * stored; a new key is shown once, when created.
 */
@Service
public class ApiKeys {

    /** What a key's system may do: file and update requests through Open311. */
    static final String SCOPE = "open311:write";
    static final Duration REMEMBER = Duration.ofSeconds(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SystemKeys systems;
    private final Clock clock;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    ApiKeys(SystemKeys systems, Clock clock) {
        this.systems = systems;
        this.clock = clock;
    }

    public record IssuedKey(ApiClient client, String key) {
    }

    private record Remembered(Optional<ApiClient> client, Instant until) {
    }

    /**
     * The client a key belongs to. Answers are remembered for a few seconds per node, so a revoked
     * key stops working everywhere within {@link #REMEMBER}.
     */
    public Optional<ApiClient> verify(String rawKey) {
        if (rawKey == null || rawKey.isBlank() || rawKey.length() > 200) {
            return Optional.empty();
        }
        String hash = SystemKeys.hash(rawKey);
        Instant now = clock.instant();
        Remembered r = remembered.get(hash);
        if (r != null && r.until().isAfter(now)) {
            return r.client();
        }
        Optional<ApiClient> client = systems.verify(hash).map(ApiClient::of);
        if (remembered.size() > 10_000) {
            remembered.clear();
        }
        remembered.put(hash, new Remembered(client, now.plus(REMEMBER)));
        return client;
    }

    @Transactional
    public IssuedKey issue(String name, String agencyCode) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new IssuedKey(register(name, agencyCode, key).orElseThrow(), key);
    }

    /** Registers a known key (demo mode); empty when the name (or the key) exists already. */
    @Transactional
    public Optional<ApiClient> register(String name, String agencyCode, String key) {
        Optional<ApiClient> client = systems.register(code(name), name, agencyCode, Set.of(SCOPE), key)
                .map(ApiClient::of);
        client.ifPresent(c -> remembered.remove(SystemKeys.hash(key)));
        return client;
    }

    @Transactional
    public boolean revoke(String name) {
        remembered.clear();
        return systems.revoke(code(name));
    }

    public List<ApiClient> active() {
        return systems.active().stream().map(ApiClient::of).toList();
    }

    /**
     * The code of the system a key named so belongs to: from the name's SHA-256, as the migration that
     * turned the old keys into systems named them, so a name is taken once, revoked or not.
     */
    static String code(String name) {
        return "open311-key-" + SystemKeys.hash(name).substring(0, 16);
    }
}

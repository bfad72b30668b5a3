package org.onecity.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A rate limit on anonymous filing, per client address and per node: at most
 * {@code onecity.portal.filings-per-hour} (default 20) filings in any hour (a sliding window).
 */
@Component
class FilingLimiter {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final ConcurrentHashMap<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final int limit;
    private final Clock clock;

    FilingLimiter(@Value("${onecity.portal.filings-per-hour:20}") int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** True (and counted) when the address may file now. */
    boolean tryAcquire(String address) {
        Instant now = clock.instant();
        if (recent.size() > 100_000) {
            recent.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}

package org.onecity.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a row queue waits before trying a row again: {@code first} after the first failure, then
 * {@code factor} times longer after each further one, never more than {@code max} (which wins
 * over {@code first}). Every job that
 * retries a row (mail outbox, outbox deliveries, SLA clocks) keeps its timings in one of these.
 */
public record Backoff(Duration first, Duration max, int factor) {

    public Backoff {
        if (first == null || max == null || first.isNegative() || max.isNegative() || factor < 1) {
            throw new IllegalArgumentException("a back-off needs waits of zero or more and a factor of at least 1");
        }
    }

    /** Doubling from {@code first} up to {@code max}. */
    public static Backoff doubling(Duration first, Duration max) {
        return new Backoff(first, max, 2);
    }

    /** The wait after the {@code attempts}-th failure (1 for the first; less counts as 1). */
    public Duration after(int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(factor);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** When to try again after the {@code attempts}-th failure at {@code now}. */
    public Instant retryAt(Instant now, int attempts) {
        return now.plus(after(attempts));
    }
}

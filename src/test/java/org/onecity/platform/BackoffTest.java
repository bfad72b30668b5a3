package org.onecity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff minutes = Backoff.doubling(Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void doublesFromTheFirstWaitUpToTheLongest() {
        assertThat(minutes.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(minutes.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(minutes.after(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(minutes.after(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(minutes.after(7)).isEqualTo(Duration.ofHours(1));
        assertThat(minutes.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void noFailureYetCountsAsTheFirst() {
        assertThat(minutes.after(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(minutes.after(-3)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void otherFactorsAndTheRetryInstant() {
        Backoff tenfold = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(500), 10);
        assertThat(tenfold.after(3)).isEqualTo(Duration.ofSeconds(100));
        assertThat(tenfold.after(4)).isEqualTo(Duration.ofSeconds(500));
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(tenfold.retryAt(now, 2)).isEqualTo(now.plusSeconds(10));
        assertThat(new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(5), 1).after(9)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theLongestWaitWinsOverTheFirst() {
        assertThat(new Backoff(Duration.ofMinutes(5), Duration.ofMinutes(1), 2).after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(new Backoff(Duration.ZERO, Duration.ofMinutes(1), 2).after(5)).isEqualTo(Duration.ZERO);
    }

    @Test
    void refusesWaitsThatMakeNoSense() {
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(-1), Duration.ofMinutes(1), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), null, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

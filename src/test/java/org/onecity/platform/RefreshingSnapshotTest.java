package org.onecity.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onecity.testing.MutableClock;

/** Rows held in memory: loaded once, reloaded when stale (another node's change), dropped after our own change. */
class RefreshingSnapshotTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    final AtomicInteger version = new AtomicInteger(1);
    final AtomicInteger loads = new AtomicInteger();
    final List<Runnable> pending = new ArrayList<>();
    /** Runs after the next load has read its rows: a change committing while a reload reads. */
    volatile Runnable duringNextLoad;
    final RefreshingSnapshot<Integer> snapshot = new RefreshingSnapshot<>(() -> {
        loads.incrementAndGet();
        int read = version.get();
        Runnable race = duringNextLoad;
        duringNextLoad = null;
        if (race != null) {
            race.run();
        }
        return read;
    }, clock, Duration.ofSeconds(5), pending::add);

    @Test
    void servesFromMemoryUntilStaleThenReloadsInTheBackground() {
        assertThat(snapshot.get()).isEqualTo(1);
        version.set(2); // another node changes the rows
        clock.advance(Duration.ofSeconds(4));
        assertThat(snapshot.get()).isEqualTo(1);
        assertThat(loads).hasValue(1);
        assertThat(pending).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        assertThat(snapshot.get()).as("the stale value is served while the reload runs").isEqualTo(1);
        assertThat(pending).hasSize(1);
        assertThat(snapshot.get()).as("one reload at a time").isEqualTo(1);
        assertThat(pending).hasSize(1);
        pending.remove(0).run();
        assertThat(snapshot.get()).isEqualTo(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aChangeOnThisNodeIsSeenAtOnceAndAReloadThatReadBeforeItDoesNotHideIt() {
        assertThat(snapshot.get()).isEqualTo(1);
        version.set(2);
        snapshot.forget();
        assertThat(snapshot.get()).as("our own change, at once").isEqualTo(2);

        clock.advance(Duration.ofSeconds(6));
        assertThat(snapshot.get()).isEqualTo(2);
        duringNextLoad = () -> {
            version.set(3);
            snapshot.forget(); // a change commits while the reload is reading the rows from before it
        };
        pending.remove(0).run();
        assertThat(snapshot.get()).as("the late reload must not install the old rows").isEqualTo(3);
    }
}

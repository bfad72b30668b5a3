package org.onecity.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.catalog.EscalationLevel;
import org.onecity.shared.Texts;

class EscalationPolicyTest {

    private static final Instant DUE = Instant.parse("2026-12-01T12:00:00Z");

    private static EscalationLevel level(int level, int delayHours) {
        return new EscalationLevel(level, "role" + level, Texts.en("Title " + level), null, delayHours);
    }

    private static final List<EscalationLevel> CHAIN = List.of(level(1, 0), level(2, 24), level(3, 72));

    @Test
    void firstLevelIsDueItsDelayAfterTheDueDate() {
        var step = EscalationPolicy.next(CHAIN, 0, DUE).orElseThrow();
        assertThat(step.level().level()).isEqualTo(1);
        assertThat(step.at()).isEqualTo(DUE);
    }

    @Test
    void nextLevelFollowsTheCurrentOne() {
        var step = EscalationPolicy.next(CHAIN, 1, DUE).orElseThrow();
        assertThat(step.level().level()).isEqualTo(2);
        assertThat(step.at()).isEqualTo(DUE.plus(Duration.ofHours(24)));
        assertThat(EscalationPolicy.next(CHAIN, 2, DUE).orElseThrow().at()).isEqualTo(DUE.plus(Duration.ofHours(72)));
    }

    @Test
    void aChainThatIsDoneOrEmptyHasNoNextLevel() {
        assertThat(EscalationPolicy.next(CHAIN, 3, DUE)).isEmpty();
        assertThat(EscalationPolicy.next(CHAIN, 7, DUE)).isEmpty();
        assertThat(EscalationPolicy.next(List.of(), 0, DUE)).isEmpty();
    }

    @Test
    void levelsAreFoundByNumberNotByPositionAndGapsAreSkipped() {
        var unordered = List.of(level(5, 48), level(2, 6));
        assertThat(EscalationPolicy.next(unordered, 0, DUE).orElseThrow().level().level()).isEqualTo(2);
        assertThat(EscalationPolicy.next(unordered, 3, DUE).orElseThrow().level().level()).isEqualTo(5);
    }

    @Test
    void aLevelReachedOnAnotherChainContinuesAboveIt() {
        // re-routed at level 2 to an agency with four levels: level 3 is next, timed from the same due date
        var other = List.of(level(1, 2), level(2, 4), level(3, 8), level(4, 16));
        var step = EscalationPolicy.next(other, 2, DUE).orElseThrow();
        assertThat(step.level().level()).isEqualTo(3);
        assertThat(step.at()).isEqualTo(DUE.plus(Duration.ofHours(8)));
    }

    @Test
    void aStepIsDueAtItsTimeAndAfter() {
        var step = EscalationPolicy.next(CHAIN, 1, DUE).orElseThrow();
        assertThat(step.dueBy(step.at().minusSeconds(1))).isFalse();
        assertThat(step.dueBy(step.at())).isTrue();
        assertThat(step.dueBy(step.at().plusSeconds(1))).isTrue();
    }

    @Test
    void retriesBackOffFromOneMinuteToAnHour() {
        Instant now = DUE;
        assertThat(EscalationPolicy.retryAt(now, 1)).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(EscalationPolicy.retryAt(now, 2)).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(EscalationPolicy.retryAt(now, 4)).isEqualTo(now.plus(Duration.ofMinutes(8)));
        assertThat(EscalationPolicy.retryAt(now, 7)).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(EscalationPolicy.retryAt(now, 1000)).isEqualTo(now.plus(Duration.ofHours(1)));
    }
}

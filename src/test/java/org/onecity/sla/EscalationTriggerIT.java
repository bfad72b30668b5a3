package org.onecity.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The escalation job is scheduled on every node unless onecity.jobs.enabled=false. */
class EscalationTriggerIT {

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Scheduling.class, EscalationTrigger.class)
            .withBean(Escalations.class, () -> mock(Escalations.class));

    private static Duration interval(org.springframework.context.ApplicationContext context) {
        var tasks = context.getBean(ScheduledTaskHolder.class).getScheduledTasks();
        assertThat(tasks).hasSize(1);
        return ((FixedDelayTask) tasks.iterator().next().getTask()).getIntervalDuration();
    }

    @Test
    void runsEveryMinuteByDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(EscalationTrigger.class);
            assertThat(interval(context)).isEqualTo(Duration.ofMinutes(1));
        });
    }

    @Test
    void takesItsIntervalFromTheSettingInEitherDurationStyle() {
        runner.withPropertyValues("onecity.sla.escalation-interval=30s")
                .run(context -> assertThat(interval(context)).isEqualTo(Duration.ofSeconds(30)));
        runner.withPropertyValues("onecity.sla.escalation-interval=PT2M")
                .run(context -> assertThat(interval(context)).isEqualTo(Duration.ofMinutes(2)));
    }

    @Test
    void isOffWhenJobsAreOff() {
        runner.withPropertyValues("onecity.jobs.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(EscalationTrigger.class));
    }
}

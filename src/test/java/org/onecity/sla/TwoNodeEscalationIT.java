package org.onecity.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.onecity.OneCityApplication;
import org.onecity.catalog.Catalog;
import org.onecity.requests.RequestIntake;
import org.onecity.testing.MutableClock;
import org.onecity.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two OneCity nodes on one database, same clock, escalation job run on both at once: every
 * overdue request goes up each level of its chain exactly once, and both nodes share the work.
 */
class TwoNodeEscalationIT {

    private static final int REQUESTS = 200;
    private static final int LEVELS = 3;

    private static ConfigurableApplicationContext node(String name, MutableClock clock) {
        return new SpringApplicationBuilder(OneCityApplication.class)
                .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("testClock", MutableClock.class,
                        () -> clock, bd -> bd.setPrimary(true)))
                .run("--server.port=0",
                        "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                        "--spring.datasource.username=postgres",
                        "--onecity.jobs.enabled=false",
                        "--onecity.demo=false",
                        "--onecity.data-dir=target/test-data/node-" + name,
                        "--onecity.sla.batch-size=10",
                        "--spring.main.banner-mode=off");
    }

    /** Levels a node found already reached: with the claim working, no node ever repeats another's work. */
    private static double alreadyDone(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).counter("onecity.sla.escalations", "outcome", "already_done").count();
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @Test
    void twoNodesEscalateEveryOverdueRequestExactlyOncePerLevel() throws Exception {
        var clock = new MutableClock(Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (var a = node("a", clock); var b = node("b", clock)) {
            System.out.printf("two-node escalation: node a on port %d, node b on port %d%n", port(a), port(b));
            assertThat(port(a)).isNotEqualTo(port(b));

            var agency = SlaFixtures.agency(a.getBean(Catalog.class), 0, 24, 72);
            var service = SlaFixtures.service(a.getBean(Catalog.class), agency, 24);
            b.getBean(Catalog.class).refresh(); // b would see the new service within seconds; the test clock stands still
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                var intake = (i % 2 == 0 ? a : b).getBean(RequestIntake.class);
                numbers.add(intake.submit(SlaFixtures.request(service)).request().number());
            }

            Escalations onA = a.getBean(Escalations.class);
            Escalations onB = b.getBean(Escalations.class);
            int[] made = new int[2];
            // level 1 is due an hour after the due date; then all the rest at once; then nothing is left
            List<Duration> rounds = List.of(Duration.ofHours(24 + 1), Duration.ofHours(79), Duration.ZERO,
                    Duration.ZERO);
            for (Duration step : rounds) {
                clock.advance(step);
                CountDownLatch go = new CountDownLatch(1);
                Future<Integer> fromA = threads.submit(() -> {
                    go.await();
                    return onA.escalateOverdue();
                });
                Future<Integer> fromB = threads.submit(() -> {
                    go.await();
                    return onB.escalateOverdue();
                });
                go.countDown();
                int ra = fromA.get(2, TimeUnit.MINUTES);
                int rb = fromB.get(2, TimeUnit.MINUTES);
                System.out.printf("two-node escalation: round at +%s: node a %d, node b %d%n", step, ra, rb);
                made[0] += ra;
                made[1] += rb;
            }
            System.out.printf("two-node escalation: node a made %d escalations, node b %d (%d requests x %d levels)%n",
                    made[0], made[1], REQUESTS, LEVELS);

            JdbcClient jdbc = a.getBean(JdbcClient.class);
            String[] wanted = numbers.toArray(String[]::new);
            var perRequest = jdbc.sql("""
                    select r.number, r.escalation_level,
                        count(h.id) as escalations,
                        coalesce(string_agg(h.details ->> 'level', ',' order by h.id), '') as levels
                    from requests.service_request r
                    left join requests.history h on h.request_id = r.id and h.kind = 'escalated'
                    where r.number = any(?)
                    group by r.number, r.escalation_level""").param(wanted).query().listOfRows();
            assertThat(perRequest).hasSize(REQUESTS).allSatisfy(row -> {
                assertThat(row.get("escalation_level")).as("level of %s", row.get("number")).isEqualTo(LEVELS);
                assertThat(row.get("escalations")).as("escalations of %s", row.get("number")).isEqualTo(3L);
                assertThat(row.get("levels")).as("order of %s", row.get("number")).isEqualTo("1,2,3");
            });
            long duplicates = jdbc.sql("""
                    select count(*) from (
                        select h.request_id, h.details ->> 'level' from requests.history h
                        join requests.service_request r on r.id = h.request_id
                        where h.kind = 'escalated' and r.number = any(?)
                        group by 1, 2 having count(*) > 1) d""").param(wanted).query(Long.class).single();
            assertThat(duplicates).isZero();
            assertThat(jdbc.sql("""
                    select count(*) from sla.clock where request_number = any(?)
                        and level = 3 and next_escalation_at is null and attempts = 0""")
                    .param(wanted).query(Long.class).single()).isEqualTo(REQUESTS);

            assertThat(alreadyDone(a)).as("levels node a found already done").isZero();
            assertThat(alreadyDone(b)).as("levels node b found already done").isZero();
            // other test classes may leave due clocks in the shared database: at least ours were made
            assertThat(made[0] + made[1]).isGreaterThanOrEqualTo(REQUESTS * LEVELS);
            assertThat(made[0]).as("escalations made by node a").isPositive();
            assertThat(made[1]).as("escalations made by node b").isPositive();
        } finally {
            threads.shutdownNow();
        }
    }
}

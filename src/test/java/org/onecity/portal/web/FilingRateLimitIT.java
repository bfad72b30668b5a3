package org.onecity.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.MutableClock;
import org.onecity.testing.MutableClockConfiguration;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Anonymous filing is rate-limited per address across the cluster: the count lives in PostgreSQL,
 * so a second node (a second limiter on the same database) sees the filings the first one let
 * through, and the third filing within the hour is refused with 429 whichever node takes it.
 * The clock is moved to a time of this test's own so no other test's filings fall in its window.
 */
@TestPropertySource(properties = "onecity.portal.filings-per-hour=2")
@Import(MutableClockConfiguration.class)
class FilingRateLimitIT extends IntegrationBase {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    FilingLimiter nodeA;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theThirdFilingWithinTheHourIsRefusedOnEveryNode() {
        Instant mine = Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofDays(ThreadLocalRandom.current().nextInt(3000)));
        clock.set(mine);
        FilingLimiter nodeB = new FilingLimiter(jdbc, transactions, 2, clock);

        WebSession web = new WebSession(port);
        web.get("/services/dsny-graffiti");
        for (int i = 0; i < 2; i++) {
            var ok = web.postMultipart("/services/dsny-graffiti", List.of(Map.entry("address", "1 Centre St, Manhattan " + i)),
                    List.of());
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
        }
        var refused = web.postMultipart("/services/dsny-graffiti", List.of(Map.entry("address", "1 Centre St")), List.of());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many requests were filed from your connection");
        String browser = jdbc.sql("select distinct address from portal.filing_attempt where at = ?")
                .param(java.sql.Timestamp.from(mine)).query(String.class).single();
        assertThat(nodeB.tryAcquire(browser)).as("the other node sees the two filings").isFalse();

        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(250);
        assertThat(nodeB.tryAcquire(address)).isTrue();
        assertThat(nodeA.tryAcquire(address)).isTrue();
        assertThat(nodeA.tryAcquire(address)).as("one filing on each node uses up the shared limit").isFalse();
        assertThat(nodeB.tryAcquire(address)).isFalse();

        clock.advance(Duration.ofMinutes(61));
        assertThat(nodeB.tryAcquire(address)).as("an hour later the address may file again").isTrue();
        assertThat(jdbc.sql("select count(*) from portal.filing_attempt where address = ?").param(address)
                .query(Integer.class).single()).as("expired rows are pruned").isEqualTo(1);
        var later = web.postMultipart("/services/dsny-graffiti", List.of(Map.entry("address", "1 Centre St")), List.of());
        assertThat(later.statusCode()).isEqualTo(302);
    }
}

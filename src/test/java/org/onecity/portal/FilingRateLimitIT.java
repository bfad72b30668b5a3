package org.onecity.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.testing.IntegrationTest;
import org.onecity.testing.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Anonymous filing is rate-limited per address: the third filing within the hour is refused with 429. */
@TestPropertySource(properties = "onecity.portal.filings-per-hour=2")
class FilingRateLimitIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theThirdFilingWithinTheHourIsRefused() {
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
    }
}

package org.onecity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onecity.OneCityApplication;
import org.onecity.testing.TestDatabase;

/** The one-shot commands start OneCity without a web server, do their work and exit 0. */
class BatchCommandsIT {

    @Test
    void migrateAndEscalateRunAgainstTheDatabase() {
        String url = "--spring.datasource.url=" + TestDatabase.jdbcUrl();
        assertThat(OneCityCommandLine.run(OneCityApplication.class, "migrate", url, "--spring.datasource.username=postgres",
                "--onecity.demo=false")).isZero();
        assertThat(OneCityCommandLine.run(OneCityApplication.class, "escalate", url,
                "--spring.datasource.username=postgres", "--onecity.demo=false")).isZero();
        assertThat(OneCityCommandLine.run(OneCityApplication.class, "escalate", "not-a-property")).isNotZero();
    }
}

package org.onecity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    @Test
    void rotateIndexKeyRunsARotationToItsEndAndReportsIt() {
        String url = "--spring.datasource.url=" + TestDatabase.jdbcUrl();
        var out = new java.io.ByteArrayOutputStream();
        var stdout = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(OneCityCommandLine.run(OneCityApplication.class, "rotate-index-key", url,
                    "--spring.datasource.username=postgres", "--onecity.demo=false",
                    "--onecity.sharing.key-refresh=1s")).isZero();
            assertThat(OneCityCommandLine.run(OneCityApplication.class, "rotate-index-key", "--status", url,
                    "--spring.datasource.username=postgres", "--onecity.demo=false")).isZero();
        } finally {
            System.setOut(stdout);
        }
        String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("Next index key").contains("requests.requester:").contains(", done")
                .contains("phase idle").contains("Consent subjects under an old index key");
    }

    @Test
    void rotateMasterKeyReWrapsTheDataKeysAndRefusesABadKeyFile(@TempDir Path dir) throws Exception {
        String url = "--spring.datasource.url=" + TestDatabase.jdbcUrl();
        String original = System.getProperty("onecity.sharing.master-key");
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        Path next = Files.writeString(dir.resolve("next.key"), Base64.getEncoder().encodeToString(raw) + "\n");
        Path back = Files.writeString(dir.resolve("back.key"), original);
        Path bad = Files.writeString(dir.resolve("bad.key"), "not base64 at all");

        assertThat(OneCityCommandLine.run(OneCityApplication.class, "rotate-master-key", "--new-key-file", bad.toString(),
                url, "--spring.datasource.username=postgres", "--onecity.demo=false")).isEqualTo(2);
        assertThat(OneCityCommandLine.run(OneCityApplication.class, "rotate-master-key", "--new-key-file", next.toString(),
                url, "--spring.datasource.username=postgres", "--onecity.demo=false")).isZero();
        try {
            // the old master key no longer opens this database: a node started with it refuses to run
            assertThat(OneCityCommandLine.run(OneCityApplication.class, "rotate-keys", "--reseal-only", url,
                    "--spring.datasource.username=postgres", "--onecity.demo=false")).isNotZero();
        } finally {
            System.setProperty("onecity.sharing.master-key", Base64.getEncoder().encodeToString(raw));
            try {
                assertThat(OneCityCommandLine.run(OneCityApplication.class, "rotate-master-key", "--new-key-file",
                        back.toString(), url, "--spring.datasource.username=postgres", "--onecity.demo=false")).isZero();
            } finally {
                System.setProperty("onecity.sharing.master-key", original);
            }
        }
    }
}

package org.onecity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecity.OneCityApplication;
import org.onecity.testing.TestDatabase;

/** generate → import → export from the command line, against the test database. */
class DataCommandsIT {

    @TempDir
    Path dir;

    @Test
    void generateImportAndExportFromTheCommandLine() throws Exception {
        String[] db = {"--spring.datasource.url=" + TestDatabase.jdbcUrl(), "--spring.datasource.username=postgres",
            "--onecity.data-dir=" + dir.resolve("data"), "--onecity.demo=true"};
        Path generated = dir.resolve("generated.csv");
        assertThat(run("generate", "--rows", "300", "--seed", "4", "--start", "2019-02-01", "--days", "3",
                "--output", generated.toString(), db[0], db[1], db[2], db[3])).isZero();
        List<String> lines = Files.readAllLines(generated);
        assertThat(lines).hasSize(301);
        assertThat(lines.get(0)).startsWith("Unique Key,Created Date,Closed Date,Agency");

        String source = "cli" + System.nanoTime();
        Path report = dir.resolve("issues.csv");
        assertThat(run("import", "--mapping", "nyc311-export", "--source", source, "--report", report.toString(),
                generated.toString(), db[0], db[1], db[2], db[3])).isZero();
        assertThat(Files.readAllLines(report).get(0)).isEqualTo("line,source_key,outcome,reasons");

        Path exported = dir.resolve("export.json");
        assertThat(run("export", "--format", "json", "--from", "2019-02-01", "--to", "2019-02-03", "--output",
                exported.toString(), db[0], db[1], db[2], db[3])).isZero();
        assertThat(Files.readString(exported)).startsWith("[").contains(source.toUpperCase() + "-100000299");

        assertThat(run("import", "--mapping", "no-such-mapping", generated.toString(), db[0], db[1])).isNotZero();
        assertThat(run("export", "--format", "xlsx", "--output", exported.toString(), db[0], db[1])).isNotZero();
    }

    private static int run(String... args) {
        return OneCityCommandLine.run(OneCityApplication.class, args);
    }
}

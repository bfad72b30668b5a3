package org.onecity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecity.OneCityApplication;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * kill -9 in the middle of an import (a child JVM running the {@code import} command), then the same
 * import again: the result equals one clean import into a fresh source; no row lost, none doubled.
 */
class ImportResumeIT extends IntegrationBase {

    private static final int COPIES = 8;

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void killedImportResumesToTheSameResultAsACleanRun() throws Exception {
        Path file = bigFile();
        long suffix = System.nanoTime();
        String killed = "killed" + suffix;
        String clean = "clean" + suffix;

        Process child = childImport(file, killed);
        try {
            long deadline = System.currentTimeMillis() + 120_000;
            while (committed(killed) == 0 && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        ImportSummary interrupted = jdbc.sql("select id from imports.import_run where source = ?").param(killed)
                .query(Long.class).optional().flatMap(imports::find).orElseThrow();
        assertThat(interrupted.status()).as("killed mid-run").isEqualTo("running");
        assertThat(interrupted.rowsRead()).isPositive().isLessThan(2000L * COPIES);

        ImportSummary resumed = imports.run(new ImportRequest("nyc311-export", file, null, killed), ImportProgress.NONE);
        ImportSummary fresh = imports.run(new ImportRequest("nyc311-export", file, null, clean), ImportProgress.NONE);

        assertThat(resumed.id()).isEqualTo(interrupted.id());
        assertThat(resumed.attempts()).isEqualTo(2);
        assertThat(List.of(resumed.rowsRead(), resumed.imported(), resumed.updated(), resumed.unchanged(),
                resumed.rejected(), resumed.repaired())).containsExactly(fresh.rowsRead(), fresh.imported(),
                fresh.updated(), fresh.unchanged(), fresh.rejected(), fresh.repaired());
        assertThat(resumed.rowsRead()).isEqualTo(2000L * COPIES);
        assertThat(rows(killed)).hasSize((int) fresh.imported()).isEqualTo(rows(clean));
        assertThat(historyCount(killed)).isEqualTo(historyCount(clean));
        assertThat(issues(resumed.id())).isEqualTo(issues(fresh.id()));
    }

    private Process childImport(Path file, String source) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                OneCityApplication.class.getName(), "import", "--mapping", "nyc311-export", "--source", source,
                file.toString(), "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                "--spring.datasource.username=postgres", "--onecity.demo=false", "--onecity.imports.chunk-size=100",
                "--onecity.data-dir=" + dir.resolve("child-data"),
                "--onecity.sharing.master-key=" + System.getProperty("onecity.sharing.master-key"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private long committed(String source) {
        return jdbc.sql("select coalesce(max(committed_line), 0) from imports.import_run where source = ?").param(source)
                .query(Long.class).single();
    }

    /** The 2011 export eight times over, each copy with its own keys (20 bytes of suffix). */
    private Path bigFile() throws Exception {
        List<String> lines = Files.readAllLines(NycFiles.path("nyc311_2011_export.csv"));
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (int c = 0; c < COPIES; c++) {
            for (String l : lines.subList(1, lines.size())) {
                int comma = l.indexOf(',');
                out.add(l.substring(0, comma) + "C" + c + l.substring(comma));
            }
        }
        Path p = dir.resolve("big.csv");
        Files.write(p, out);
        return p;
    }

    private List<String> rows(String source) {
        return jdbc.sql("""
                select concat_ws('|', source_key, service_code, agency_code, status, outcome, channel, lat, lon, address,
                    address_id, zipcode, districts::text, attributes::text, requested_at, updated_at,
                    expected_at, closed_at, resolution)
                from requests.service_request where source = ? order by source_key""").param(source)
                .query(String.class).list();
    }

    private long historyCount(String source) {
        return jdbc.sql("select count(*) from requests.history h join requests.service_request r on r.id = h.request_id "
                + "where r.source = ?").param(source).query(Long.class).single();
    }

    private List<String> issues(long run) {
        List<String> all = new ArrayList<>();
        imports.issues(run, i -> all.add(i.line() + " " + i.sourceKey() + " " + i.outcome() + " " + i.reasons()));
        return all;
    }
}

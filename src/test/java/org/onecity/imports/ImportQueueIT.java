package org.onecity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The upload queue over real HTTP: with both import threads busy a third upload shows as queued; a
 * queued run is cancelled at once, a running one stops at a chunk boundary with nothing half-written;
 * both can be retried, and the retried run ends equal to a clean run of the same file.
 */
class ImportQueueIT extends IntegrationBase {

    private static final String ADMIN = "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo1234".getBytes());
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ROWS = 100_000;

    @LocalServerPort
    int port;

    @Autowired
    Imports imports;

    @Autowired
    RequestGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void queuedAndRunningImportsCanBeCancelledAndRetried() throws Exception {
        Path big = dir.resolve("big.csv");
        generator.generate(ROWS, 42, LocalDate.of(2024, 3, 1), 30, big, n -> { });
        byte[] bigFile = Files.readAllBytes(big);
        String suffix = Long.toString(System.nanoTime());
        long a = upload(bigFile, "qa" + suffix);
        long b = upload(bigFile, "qb" + suffix);
        waitFor(a, s -> s.status().equals("running"));
        waitFor(b, s -> s.status().equals("running"));
        long c = upload(Files.readAllBytes(NycFiles.path("nyc311_2011_export.csv")), "qc" + suffix);

        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        String list = admin.get("/admin/imports").body();
        assertThat(list).contains("id=\"status-" + c + "\">Queued<", "id=\"cancel-" + c + "\"",
                "id=\"status-" + a + "\">Running<", "id=\"cancel-" + a + "\"").doesNotContain("id=\"retry-" + c + "\"");
        String queuedPage = admin.get("/admin/imports/" + c).body();
        assertThat(queuedPage).contains("id=\"run-status\">Queued<", "Waiting for a free import thread",
                "hx-get=\"/admin/imports/" + c + "/progress\"", "id=\"cancel\"");

        var cancelQueued = admin.post("/admin/imports/" + c + "/cancel", List.of());
        assertThat(WebSession.location(cancelQueued)).endsWith("/admin/imports/" + c);
        assertThat(imports.find(c).orElseThrow().status()).isEqualTo("cancelled");
        var cancelRunning = admin.post("/admin/imports/" + a + "/cancel", List.of());
        assertThat(cancelRunning.statusCode()).isEqualTo(302);

        ImportSummary cancelled = waitFor(a, s -> !s.status().equals("running"));
        assertThat(cancelled.status()).isEqualTo("cancelled");
        assertThat(cancelled.rowsRead()).as("stopped at a chunk boundary").isLessThan(ROWS).isEqualTo(
                cancelled.imported() + cancelled.updated() + cancelled.unchanged() + cancelled.rejected());
        assertThat(requests("qa" + suffix)).as("nothing half-written").isEqualTo(cancelled.imported());
        ImportSummary queuedOnly = imports.find(c).orElseThrow();
        assertThat(queuedOnly.rowsRead()).isZero();
        assertThat(queuedOnly.attempts()).isEqualTo(1);

        String cancelledPage = admin.get("/admin/imports/" + a).body();
        assertThat(cancelledPage).contains("id=\"run-status\">Cancelled<", "id=\"retry\"").doesNotContain("id=\"cancel\"",
                "hx-trigger");
        assertThat(admin.get("/admin/imports").body()).contains("id=\"retry-" + a + "\"", "id=\"retry-" + c + "\"");

        ImportSummary clean = waitFor(b, s -> !List.of("queued", "running").contains(s.status()));
        assertThat(clean.status()).isEqualTo("done");
        assertThat(admin.post("/admin/imports/" + a + "/retry", List.of()).statusCode()).isEqualTo(302);
        assertThat(admin.post("/admin/imports/" + c + "/retry", List.of()).statusCode()).isEqualTo(302);
        ImportSummary retried = waitFor(a, s -> s.status().equals("done"));
        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(List.of(retried.rowsRead(), retried.imported(), retried.updated(), retried.unchanged(),
                retried.rejected(), retried.repaired())).containsExactly((long) ROWS, clean.imported(), clean.updated(),
                clean.unchanged(), clean.rejected(), clean.repaired());
        assertThat(rows("qa" + suffix)).hasSize((int) clean.imported()).isEqualTo(rows("qb" + suffix));
        ImportSummary small = waitFor(c, s -> s.status().equals("done"));
        assertThat(small.rowsRead()).isEqualTo(2000);
        assertThat(Files.exists(Path.of(retried.filePath()))).as("an upload is deleted once done").isFalse();

        Http http = new Http(port);
        assertThat(http.json("POST", "/api/admin/imports/" + a + "/retry", "", "admin", "demo1234").statusCode())
                .isEqualTo(409);
        assertThat(http.json("POST", "/api/admin/imports/999999999/cancel", "", "admin", "demo1234").statusCode())
                .isEqualTo(404);
        assertThat(admin.post("/admin/imports/" + a + "/retry", List.of()).headers().firstValue("Location").orElse(""))
                .endsWith("/admin/imports/" + a + "?problem=retry");
    }

    @Autowired
    Importer importer;

    @Test
    void aRunLeftRunningByAStoppedNodeShowsAsStalledAndCanBeCancelledAndRetried() throws Exception {
        Path file = dir.resolve("left.csv");
        Files.copy(NycFiles.path("nyc311_2011_export.csv"), file);
        String source = "stall" + System.nanoTime();
        ImportSummary left = importer.prepare(new ImportRequest("nyc311-export", file, "left.csv", source), "running");
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        assertThat(admin.get("/admin/imports/" + left.id()).body()).as("a fresh run is alive")
                .contains("id=\"run-status\">Running<").doesNotContain("Stalled");
        assertThat(admin.post("/admin/imports/" + left.id() + "/cancel", List.of()).statusCode()).isEqualTo(302);
        assertThat(imports.find(left.id()).orElseThrow().status()).as("a live run only stops at a chunk boundary")
                .isEqualTo("running");

        // The node that prepared it is gone: no heartbeat for ten minutes.
        jdbc.sql("update imports.import_run set heartbeat_at = now() - interval '10 minutes' where id = ?")
                .param(left.id()).update();
        String page = admin.get("/admin/imports/" + left.id()).body();
        assertThat(page).contains("id=\"run-status\">Stalled<", "gives no sign of life", "id=\"cancel\"");
        assertThat(admin.get("/admin/imports").body()).contains("id=\"status-" + left.id() + "\">Stalled<");
        assertThat(admin.post("/admin/imports/" + left.id() + "/cancel", List.of()).statusCode()).isEqualTo(302);
        ImportSummary cancelled = imports.find(left.id()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo("cancelled");
        assertThat(cancelled.error()).startsWith("stalled: its node stopped");
        assertThat(cancelled.stalled()).isFalse();

        assertThat(admin.post("/admin/imports/" + left.id() + "/retry", List.of()).statusCode()).isEqualTo(302);
        ImportSummary done = waitFor(left.id(), s -> List.of("done", "failed").contains(s.status()));
        assertThat(done.status()).isEqualTo("done");
        assertThat(done.rowsRead()).isEqualTo(2000);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(requests(source)).isEqualTo(done.imported());
    }

    @Test
    void aRunLeftQueuedByAStoppedNodeIsTakenUpOnce() throws Exception {
        Path file = dir.resolve("queued.csv");
        Files.copy(NycFiles.path("nyc311_2011_export.csv"), file);
        String source = "queued" + System.nanoTime();
        // Queued on a node that stopped before an import thread was free: nothing runs it.
        ImportSummary left = importer.prepare(new ImportRequest("nyc311-export", file, "queued.csv", source), "queued");
        assertThat(imports.takeUpQueued()).isGreaterThanOrEqualTo(1);
        imports.takeUpQueued();
        ImportSummary done = waitFor(left.id(), s -> List.of("done", "failed").contains(s.status()));
        assertThat(done.status()).isEqualTo("done");
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.rowsRead()).isEqualTo(2000);
        assertThat(requests(source)).isEqualTo(done.imported());
    }

    private long upload(byte[] content, String source) throws Exception {
        var accepted = new Http(port).postRaw("/api/admin/imports?mapping=nyc311-export&file_name=" + source + ".csv&source="
                + source, "text/csv", content, "Authorization", ADMIN);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return JSON.readTree(accepted.body()).get("id").asLong();
    }

    private ImportSummary waitFor(long id, Predicate<ImportSummary> until) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        ImportSummary s = imports.find(id).orElseThrow();
        while (!until.test(s) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            s = imports.find(id).orElseThrow();
        }
        return s;
    }

    private long requests(String source) {
        return jdbc.sql("select count(*) from requests.service_request where source = ?").param(source)
                .query(Long.class).single();
    }

    private List<String> rows(String source) {
        return jdbc.sql("""
                select concat_ws('|', source_key, service_code, agency_code, status, outcome, channel, lat, lon, address,
                    zipcode, districts::text, attributes::text, requested_at, updated_at, expected_at,
                    closed_at, resolution, (select count(*) from requests.history h where h.request_id = r.id))
                from requests.service_request r where source = ? order by source_key""").param(source)
                .query(String.class).list();
    }
}

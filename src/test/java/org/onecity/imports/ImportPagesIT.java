package org.onecity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The admin import pages over real HTTP: upload, follow the run live, read its issues, download its report. */
class ImportPagesIT extends IntegrationBase {

    private static final Pattern ACTION = Pattern.compile("<form action=\"([^\"]+)\" method=\"post\" enctype=\"multipart/form-data\"");

    @LocalServerPort
    int port;

    @Autowired
    Imports imports;

    @Test
    void anAdminUploadsAFileAndFollowsTheRunToItsReport() throws Exception {
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        assertThat(admin.get("/admin").body()).contains("/admin/imports");
        String page = admin.get("/admin/imports").body();
        assertThat(page).contains("<option value=\"nyc311-api\"", "<option value=\"nyc311-export\"");
        String source = "pages" + System.nanoTime();
        byte[] content = Files.readAllBytes(NycFiles.path("nyc311_2024_api.csv"));
        var upload = admin.postMultipart(action(page), List.of(Map.entry("mapping", "nyc311-api"),
                Map.entry("source", source)), List.of(new Http.FilePart("file", "nyc311_2024_api.csv", "text/csv", content)));
        assertThat(upload.statusCode()).isEqualTo(302);
        Matcher m = Pattern.compile("/admin/imports/(\\d+)$").matcher(WebSession.location(upload));
        assertThat(m.find()).as(WebSession.location(upload)).isTrue();
        long id = Long.parseLong(m.group(1));

        String first = admin.get("/admin/imports/" + id).body();
        if (first.contains("id=\"run-status\">Running")) {
            assertThat(first).contains("hx-get=\"/admin/imports/" + id + "/progress\"", "hx-trigger=\"every 1s\"",
                    "id=\"refresh\"");
        }
        long deadline = System.currentTimeMillis() + 60_000;
        String progress = admin.get("/admin/imports/" + id + "/progress").body();
        while ((progress.contains("id=\"run-status\">Running") || progress.contains("id=\"run-status\">Queued"))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            progress = admin.get("/admin/imports/" + id + "/progress").body();
        }
        assertThat(progress).contains("id=\"run-status\">Done").doesNotContain("hx-trigger", "<html");
        HttpClient htmx = HttpClient.newBuilder().cookieHandler(admin.cookies()).build();
        var polled = htmx.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/imports/" + id
                + "/progress")).header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(polled.headers().firstValue("HX-Refresh")).contains("true");

        ImportSummary run = imports.find(id).orElseThrow();
        assertThat(run.status()).isEqualTo("done");
        assertThat(run.source()).isEqualTo(source);
        assertThat(run.rowsRead()).isEqualTo(NycFiles.RECORDS.get("nyc311_2024_api.csv").longValue());
        assertThat(run.rejected() + run.repaired()).isPositive();
        String done = admin.get("/admin/imports/" + id).body();
        assertThat(done).contains("id=\"count-read\">" + run.rowsRead() + "<", "id=\"count-imported\">" + run.imported() + "<",
                "id=\"count-rejected\">" + run.rejected() + "<", "id=\"count-repaired\">" + run.repaired() + "<",
                "id=\"issues\"", "/admin/imports/" + id + "/report.csv").doesNotContain("hx-trigger");
        ImportIssue firstIssue = firstIssue(id);
        assertThat(done).contains(">" + firstIssue.line() + "<", firstIssue.reasons().replace("'", "&#39;").split("; ")[0]);

        var csv = admin.get("/admin/imports/" + id + "/report.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("line,source_key,outcome,reasons");
        assertThat(Arrays.stream(lines).skip(1).filter(l -> !l.isEmpty()).count())
                .isGreaterThanOrEqualTo(run.rejected() + run.repaired());

        String list = admin.get("/admin/imports").body();
        assertThat(list).contains("/admin/imports/" + id + "\"", source, "nyc311_2024_api.csv");
        assertThat(admin.get("/admin/imports?lang=es").body()).contains("Importaciones", "Iniciar la importación");
        assertThat(admin.get("/admin/imports/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aFileOverTheLimitComesBackWithTheCommandLineAndBadFormsAreNamed() {
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        String page = admin.get("/admin/imports").body();
        byte[] big = new byte[11 * 1024 * 1024];
        Arrays.fill(big, (byte) 'x');
        var tooLarge = admin.postMultipart(action(page), List.of(Map.entry("mapping", "nyc311-api")),
                List.of(new Http.FilePart("file", "big.csv", "text/csv", big)));
        assertThat(WebSession.location(tooLarge)).as(tooLarge.statusCode() + " " + tooLarge.body()).endsWith("/admin/imports?problem=tooLarge");
        assertThat(admin.get("/admin/imports?problem=tooLarge").body()).contains("larger than 10 MB",
                "java -jar onecity.jar import");

        page = admin.get("/admin/imports").body();
        var noMapping = admin.postMultipart(action(page), List.of(Map.entry("mapping", "no-such-mapping")),
                List.of(new Http.FilePart("file", "a.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(WebSession.location(noMapping)).endsWith("/admin/imports?problem=mapping");
        page = admin.get("/admin/imports").body();
        var empty = admin.postMultipart(action(page), List.of(Map.entry("mapping", "nyc311-api")),
                List.of(new Http.FilePart("file", "a.csv", "text/csv", new byte[0])));
        assertThat(WebSession.location(empty)).endsWith("/admin/imports?problem=empty");
    }

    @Test
    void nonAdminsAndFormsWithoutTheCsrfTokenAreRefused() throws Exception {
        WebSession agent = new WebSession(port);
        agent.login("agent", "demo1234");
        assertThat(agent.get("/admin/imports").statusCode()).isEqualTo(403);
        var sneaky = agent.postMultipart("/admin/imports", List.of(Map.entry("mapping", "nyc311-api")),
                List.of(new Http.FilePart("file", "a.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8))));
        assertThat(sneaky.statusCode()).isEqualTo(403);
        assertThat(WebSession.location(new WebSession(port).get("/admin/imports"))).endsWith("/login");

        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        admin.get("/admin/imports");
        int before = imports.recent(1000).size();
        String boundary = "----nocsrf";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\n\r\nnyc311-api\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + "unique_key\n1\n\r\n--" + boundary + "--\r\n";
        HttpClient client = HttpClient.newBuilder().cookieHandler(admin.cookies()).build();
        var noToken = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(imports.recent(1000).size()).isEqualTo(before);
    }

    private static String action(String page) {
        Matcher m = ACTION.matcher(page);
        assertThat(m.find()).as("the upload form").isTrue();
        assertThat(m.group(1)).startsWith("/admin/imports?_csrf=");
        return m.group(1).replace("&amp;", "&");
    }

    private ImportIssue firstIssue(long id) {
        ImportIssue[] first = new ImportIssue[1];
        imports.issues(id, i -> {
            if (first[0] == null) {
                first[0] = i;
            }
        });
        return first[0];
    }
}

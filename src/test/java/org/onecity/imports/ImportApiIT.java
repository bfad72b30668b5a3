package org.onecity.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Upload a real Socrata file over HTTP as an admin, follow its progress, read the report as JSON and CSV. */
class ImportApiIT extends IntegrationBase {

    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo1234".getBytes());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void adminUploadsAFileAndFollowsTheImport() throws Exception {
        Http http = new Http(port);
        String source = "api" + System.nanoTime();
        byte[] content = Files.readAllBytes(NycFiles.path("nyc311_2024_api.csv"));
        String boundary = "----onecity-import";
        byte[] body = multipart(boundary, content, source, "nyc311-api");

        var anonymous = http.postRaw("/api/admin/imports", "multipart/form-data; boundary=" + boundary, body);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        var staff = http.postRaw("/api/admin/imports", "multipart/form-data; boundary=" + boundary, body,
                "Authorization", "Basic " + Base64.getEncoder().encodeToString("dot.staff:demo1234".getBytes()));
        assertThat(staff.statusCode()).isEqualTo(403);
        var badMapping = http.postRaw("/api/admin/imports", "multipart/form-data; boundary=" + boundary,
                multipart(boundary, content, source, "no-such-mapping"), "Authorization", ADMIN);
        assertThat(badMapping.statusCode()).isEqualTo(400);

        var accepted = http.postRaw("/api/admin/imports", "multipart/form-data; boundary=" + boundary, body,
                "Authorization", ADMIN);
        assertThat(accepted.statusCode()).isEqualTo(202);
        long id = JSON.readTree(accepted.body()).get("id").asLong();
        JsonNode run = null;
        for (int i = 0; i < 600; i++) {
            run = JSON.readTree(http.get("/api/admin/imports/" + id, "Authorization", ADMIN).body());
            if (!List.of("queued", "running").contains(run.get("status").asString())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(run.get("status").asString()).isEqualTo("done");
        assertThat(run.get("file_name").asString()).isEqualTo("nyc311_2024_api.csv");
        JsonNode counts = run.get("counts");
        assertThat(counts.get("read").asLong()).isEqualTo(1000);
        assertThat(counts.get("imported").asLong() + counts.get("rejected").asLong()).isEqualTo(1000);
        assertThat(run.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(run.get("issues").size()).isEqualTo(counts.get("rejected").asInt() + counts.get("repaired").asInt());
        assertThat(run.get("issues").get(0).get("reasons").get(0).asString()).isNotBlank();

        var csv = http.get("/api/admin/imports/" + id + "/report.csv", "Authorization", ADMIN);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("line,source_key,outcome,reasons");
        assertThat(lines).hasSize(1 + run.get("issues").size());
        assertThat(http.get("/api/admin/imports/999999999", "Authorization", ADMIN).statusCode()).isEqualTo(404);
    }

    @Test
    void aLargeFileCanBeSentAsTheRawRequestBody() throws Exception {
        Http http = new Http(port);
        String source = "raw" + System.nanoTime();
        byte[] content = Files.readAllBytes(NycFiles.path("nyc311_2011_export.csv"));
        var accepted = http.postRaw("/api/admin/imports?mapping=nyc311-export&file_name=2011.csv&source=" + source,
                "text/csv", content, "Authorization", ADMIN);
        assertThat(accepted.statusCode()).isEqualTo(202);
        long id = JSON.readTree(accepted.body()).get("id").asLong();
        JsonNode run = null;
        for (int i = 0; i < 600; i++) {
            run = JSON.readTree(http.get("/api/admin/imports/" + id, "Authorization", ADMIN).body());
            if (!List.of("queued", "running").contains(run.get("status").asString())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(run.get("status").asString()).isEqualTo("done");
        assertThat(run.get("file_name").asString()).isEqualTo("2011.csv");
        assertThat(run.get("counts").get("read").asLong()).isEqualTo(2000);
        assertThat(http.postRaw("/api/admin/imports?mapping=nyc311-export", "text/csv", new byte[0], "Authorization",
                ADMIN).statusCode()).isEqualTo(400);
    }

    private static byte[] multipart(String boundary, byte[] content, String source, String mapping) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String[] f : new String[][] {{"mapping", mapping}, {"source", source}}) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1]
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"nyc311_2024_api.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}

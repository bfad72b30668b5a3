package org.onecity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecity.imports.Imports;
import org.onecity.imports.RequestGenerator;
import org.onecity.testing.Http;
import org.onecity.testing.ChannelsBase;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * In real Chromium: an admin uploads a file; the run page follows it live (htmx polling) until the report
 * shows; queued and running imports are cancelled and retried from the pages (axe-checked).
 */
class ImportPagesBrowserTest extends ChannelsBase {

    private static final String ADMIN = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("admin:demo1234".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Autowired
    RequestGenerator generator;

    @Autowired
    Imports imports;

    @TempDir
    Path dir;

    @Test
    void theRunPageFollowsTheUploadLiveUntilItsReport() throws Exception {
        try (Browser b = Browser.open(port)) {
            b.login("admin");
            b.go("/admin/imports");
            b.find("#import-file").sendKeys(Path.of("src/test/resources/nyc311/nyc311_2011_export.csv").toAbsolutePath()
                    .toString());
            new Select(b.find("#import-mapping")).selectByValue("nyc311-export");
            b.type("#import-source", "browser" + System.nanoTime());
            b.clickAndWait("#upload button[type=submit]");
            assertThat(b.body()).contains("nyc311_2011_export.csv");
            b.check("import run page");
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver, Duration.ofSeconds(90))
                    .until(d -> !d.findElements(By.cssSelector("#issues, #report-csv")).isEmpty());
            assertThat(b.find("#run-status").getText()).isEqualTo("Done");
            assertThat(b.find("#count-read").getText()).isEqualTo("2000");
            b.check("finished import run page");
            b.assertNoViolations();
        }
    }

    /** Both import threads busy: a third upload is queued and cancelled; a running one is cancelled and retried. */
    @Test
    void queuedAndRunningImportsAreCancelledAndRetriedFromThePages() throws Exception {
        Path big = dir.resolve("big.csv");
        generator.generate(100_000, 5, LocalDate.of(2024, 5, 1), 30, big, n -> { });
        byte[] bigFile = Files.readAllBytes(big);
        String suffix = Long.toString(System.nanoTime());
        try (Browser browser = Browser.open(port)) {
            browser.login("admin");
            long a = upload(bigFile, "ba" + suffix);
            long b = upload(bigFile, "bb" + suffix);
            waitUntil(a, "running");
            waitUntil(b, "running");
            long c = upload(Files.readAllBytes(Path.of("src/test/resources/nyc311/nyc311_2011_export.csv")), "bc" + suffix);
            browser.go("/admin/imports");
            assertThat(browser.find("#status-" + c).getText()).isEqualTo("Queued");
            assertThat(browser.find("#status-" + a).getText()).isEqualTo("Running");
            browser.clickAndWait("#cancel-" + c);
            assertThat(browser.find("#run-status").getText()).isEqualTo("Cancelled");
            browser.go("/admin/imports/" + a);
            browser.clickAndWait("#cancel button");
            if (browser.find("#run-status").getText().equals("Running")) {
                assertThat(browser.body()).contains("Stopping after the chunks being written");
            }
            browser.check("running run being cancelled");
            browser.go("/admin/imports/" + c);
            assertThat(browser.find("#retry button").isDisplayed()).isTrue();
            browser.check("cancelled queued run");
            browser.go("/admin/imports");
            assertThat(browser.find("#retry-" + c).isDisplayed()).isTrue();
            browser.check("imports with cancelled runs");

            browser.go("/admin/imports/" + a);
            new WebDriverWait(browser.driver, Duration.ofSeconds(120))
                    .until(d -> !d.findElements(By.cssSelector("#retry button")).isEmpty());
            assertThat(browser.find("#run-status").getText()).isEqualTo("Cancelled");
            assertThat(Long.parseLong(browser.find("#count-read").getText())).isLessThan(100_000);
            browser.check("cancelled running run");
            browser.clickAndWait("#retry button");
            new WebDriverWait(browser.driver, Duration.ofSeconds(180))
                    .until(d -> !d.findElements(By.cssSelector("#issues, #report-csv")).isEmpty());
            assertThat(browser.find("#run-status").getText()).isEqualTo("Done");
            assertThat(browser.find("#count-read").getText()).isEqualTo("100000");
            browser.check("retried run, done");
            browser.assertNoViolations();
            waitUntil(b, "done");
        }
    }

    private long upload(byte[] content, String source) throws Exception {
        var accepted = new Http(port).postRaw("/api/admin/imports?mapping=nyc311-export&source=" + source, "text/csv",
                content, "Authorization", ADMIN);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return JsonMapper.builder().build().readTree(accepted.body()).get("id").asLong();
    }

    private void waitUntil(long id, String status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (!imports.find(id).orElseThrow().status().equals(status) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(imports.find(id).orElseThrow().status()).isEqualTo(status);
    }
}

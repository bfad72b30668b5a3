package org.onecity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.onecity.testing.ChannelsTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In real Chromium: an admin uploads a file; the run page follows it live (htmx polling) until the report shows. */
class ImportPagesBrowserTest extends ChannelsTest {

    @LocalServerPort
    int port;

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
}

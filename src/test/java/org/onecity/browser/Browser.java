package org.onecity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium (Debian's chromium + chromium-driver) for the {@code *BrowserTest}s, with
 * axe-core (from the test resources) run on the page. Skips, saying why, only when Chromium is absent.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static String axe;

    final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    static Browser open(int port) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium is not installed (apt-get install -y chromium chromium-driver): browser tests skipped");
        Path profile = Files.createTempDirectory("onecity-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, "http://localhost:" + port, profile);
    }

    void go(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
    }

    org.openqa.selenium.WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    void type(String css, String text) {
        var e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    /** Clicks (a submit button or link) and waits until the next page has loaded. */
    void clickAndWait(String css) {
        var html = find("html");
        find(css).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(html));
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * True once the element left the page. Chromium sometimes answers a node of the page being
     * replaced with "does not belong to the document" rather than a stale reference: gone too.
     */
    private static boolean gone(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("does not belong to the document") || m.contains("No node with given id")) {
                return true;
            }
            throw e;
        }
    }

    void login(String user) {
        go("/login");
        type("#username", user);
        type("#password", "demo1234");
        clickAndWait("form[action='/login'] button");
    }

    void logout() {
        clickAndWait("form[action='/logout'] button");
    }

    String body() {
        return find("body").getText();
    }

    /** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the current page; the violations, one line each. */
    @SuppressWarnings("unchecked")
    List<String> axeViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' @ '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    private final java.util.List<String> found = new java.util.ArrayList<>();

    /** Checks the page; violations are collected, and {@link #assertNoViolations()} fails on any. */
    void check(String what) {
        axeViolations().forEach(v -> found.add(what + " (" + driver.getCurrentUrl() + "): " + v));
    }

    void assertNoViolations() {
        assertThat(found).as("axe violations").isEmpty();
    }

    private static synchronized String axeSource() {
        if (axe == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return axe;
    }

    Map<String, String> noParams() {
        return Map.of();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

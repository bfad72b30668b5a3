package org.onecity.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.onecity.requests.RequestQueries;
import org.onecity.testing.ChannelsBase;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A keyboard user sets the map point without a pointer, in real Chromium: Tab from the address
 * reaches the map, the arrow keys move it, Enter puts the point at the centre; the "use the centre"
 * button does the same; the filed request carries that point. axe checks the page with the map on.
 */
class MapKeyboardBrowserTest extends ChannelsBase {

    @LocalServerPort
    int port;

    @Autowired
    RequestQueries queries;

    @Test
    void theMapPointIsSetWithTheKeyboardAlone() throws Exception {
        try (Browser b = Browser.open(port)) {
            b.go("/services/dsny-graffiti");
            JavascriptExecutor js = (JavascriptExecutor) b.driver;
            new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js.executeScript(
                    "var m = document.getElementById('map'); return !!(m && m.onecityMap && m.querySelector('path'));")));
            // start over land in Midtown (the default view's centre may be in the harbour, outside the city)
            new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js.executeScript("""
                    var m = document.getElementById('map').onecityMap, c = m.getCenter();
                    if (Math.abs(c.lat - 40.7580) < 0.001 && Math.abs(c.lng + 73.9855) < 0.001 && m.getZoom() === 15) {
                        return true;
                    }
                    m.stop(); m.setView([40.7580, -73.9855], 15, {animate: false});
                    return false;""")));
            Thread.sleep(300);
            assertThat(b.find("#map-centre").isDisplayed()).isTrue();
            assertThat(b.find("#map-keys").isDisplayed()).isTrue();
            b.check("the filing form with the map");

            b.find("#address").sendKeys("Keyboard corner");
            new Actions(b.driver).sendKeys(Keys.TAB).perform();
            assertThat(js.executeScript("return document.activeElement.id")).as("Tab reaches the map").isEqualTo("map");
            new Actions(b.driver).sendKeys(Keys.ENTER).perform();
            double first = Double.parseDouble(b.find("#lat").getDomProperty("value"));
            double centre = ((Number) js.executeScript("return document.getElementById('map').onecityMap.getCenter().lat")).doubleValue();
            assertThat(first).isCloseTo(centre, within(1e-5));
            assertThat(b.find("#map-status").getText()).contains(b.find("#lat").getDomProperty("value"));

            new Actions(b.driver).sendKeys(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP).perform();
            new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> ((Number) js.executeScript(
                    "return document.getElementById('map').onecityMap.getCenter().lat")).doubleValue() > first + 1e-4);
            new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> {
                double before = ((Number) js.executeScript("return document.getElementById('map').onecityMap.getCenter().lat")).doubleValue();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return before == ((Number) js.executeScript("return document.getElementById('map').onecityMap.getCenter().lat")).doubleValue();
            });
            new Actions(b.driver).sendKeys(Keys.ENTER).perform();
            double moved = Double.parseDouble(b.find("#lat").getDomProperty("value"));
            assertThat(moved).as("the arrow keys moved the map north").isGreaterThan(first);

            new Actions(b.driver).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
            new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> {
                double lon = ((Number) js.executeScript("return document.getElementById('map').onecityMap.getCenter().lng")).doubleValue();
                return lon > Double.parseDouble(b.find("#lon").getDomProperty("value")) + 1e-4;
            });
            Thread.sleep(500);
            b.find("#map-centre").sendKeys(Keys.ENTER);
            double lon = Double.parseDouble(b.find("#lon").getDomProperty("value"));
            double centreLon = ((Number) js.executeScript("return document.getElementById('map').onecityMap.getCenter().lng")).doubleValue();
            assertThat(lon).as("the button puts the point at the centre").isCloseTo(centreLon, within(1e-5));
            double lat = Double.parseDouble(b.find("#lat").getDomProperty("value"));

            b.clickAndWait("form[enctype] button[type=submit]");
            if (!b.driver.findElements(org.openqa.selenium.By.id("confirmNew")).isEmpty()) {
                b.find("label[for=confirmNew]").click();
                b.clickAndWait("form[enctype] button[type=submit]");
            }
            assertThat(b.driver.getCurrentUrl()).as(b.body()).contains("/track/");
            String number = b.find("#request-number").getText();
            var r = queries.find(number).orElseThrow();
            assertThat(r.lat()).isCloseTo(lat, within(1e-6));
            assertThat(r.lon()).isCloseTo(lon, within(1e-6));
            b.assertNoViolations();
        }
    }
}

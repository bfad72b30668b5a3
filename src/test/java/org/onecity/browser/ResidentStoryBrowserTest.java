package org.onecity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onecity.messaging.OutboxSender;
import org.onecity.requests.Channel;
import org.onecity.requests.Feedback;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestStatus;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.Http;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole story in real Chromium: a resident files with a photo on the portal in Spanish (map
 * click), an agent finds the caller and files another by phone, DSNY works and resolves it, the
 * resident gets the emails (GreenMail), tracks it, answers the survey and asks to reopen; the SMS
 * webhook answers the request's status.
 */
class ResidentStoryBrowserTest extends ChannelsBase {

    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;

    @Autowired
    RequestQueries queries;

    @Autowired
    OutboxSender mail;

    @Autowired
    Feedback feedback;

    @Test
    void aResidentsRequestFromFilingToReopening() throws Exception {
        String email = "residente" + System.nanoTime() + "@example.com";
        Path photo = Files.createTempFile("basura", ".png");
        Files.write(photo, PNG);
        try (Browser b = Browser.open(port)) {
            // 1. The resident, in Spanish, finds the service in everyday words and files with a photo.
            b.go("/?lang=es");
            b.type("#q", "basura en la calle");
            b.clickAndWait("form[role=search] button");
            assertThat(b.body()).contains("Suciedad");
            b.clickAndWait("a[href='/services/dsny-dirty-condition']");
            new Select(b.find("#attr-descriptor")).selectByValue("trash");
            clickMap(b, 40.750 + ThreadLocalRandom.current().nextDouble(0.02), -73.990 + ThreadLocalRandom.current().nextDouble(0.015));
            assertThat(b.find("#lat").getDomProperty("value")).isNotEmpty();
            b.find("#photo").sendKeys(photo.toString());
            b.type("#description", "Bolsas de basura en la acera");
            b.type("#firstName", "Lucía");
            b.type("#email", email);
            b.clickAndWait("form[enctype] button[type=submit]");
            if (!b.driver.findElements(org.openqa.selenium.By.id("confirmNew")).isEmpty()) {
                b.find("label[for=confirmNew]").click();
                b.find("#photo").sendKeys(photo.toString());
                b.clickAndWait("form[enctype] button[type=submit]");
            }
            String number = b.find("#request-number").getText();
            assertThat(b.body()).contains("Solicitud recibida");
            var filed = queries.find(number).orElseThrow();
            assertThat(filed.language()).isEqualTo("es");
            assertThat(filed.mediaIds()).hasSize(1);
            assertThat(filed.agencyCode()).isEqualTo("DSNY");

            // 2. An agent finds the caller by email and files another request by phone.
            b.login("agent");
            b.go("/agent");
            b.type("#email", email);
            new Select(b.find("#language")).selectByValue("es");
            b.clickAndWait("button.govuk-button[type=submit]");
            assertThat(b.find("#caller-requests").getText()).contains(number);
            b.type("#service", "graffiti");
            b.clickAndWait("#service + button, form:nth-of-type(2) button");
            b.clickAndWait("#service-results a[href^='/agent/file/dsny-graffiti']");
            b.type("#address", "100 Gold St, Manhattan");
            b.clickAndWait("form[enctype] button[type=submit]");
            String byPhone = b.find("#agent-result").getText().replaceAll(".*(311-\\d+).*", "$1");
            assertThat(queries.find(byPhone).orElseThrow().channel()).isEqualTo(Channel.PHONE);
            assertThat(b.find("#caller-requests").getText()).contains(number).contains(byPhone);
            b.logout();

            // 3. DSNY works it and resolves it.
            b.login("dsny.staff");
            // the queue is due-first, 50 a page: other tests' imported history may fill the first pages
            b.go("/workspace?service=dsny-dirty-condition");
            for (int page = 2; page <= 40 && !b.body().contains(number); page++) {
                b.go("/workspace?service=dsny-dirty-condition&page=" + page);
            }
            b.clickAndWait("a[href='/workspace/requests/" + number + "']");
            assertThat(b.find("#requester").getText()).contains(email);
            new Select(b.find("#new-status")).selectByValue("in_progress");
            b.type("#status-note", "La cuadrilla va en camino");
            b.find("label[for=status-public]").click();
            b.clickAndWait("form[action$='/status'] button");
            b.type("#resolution", "Se recogió la basura");
            b.clickAndWait("form[action$='/resolve'] button");
            assertThat(queries.find(number).orElseThrow().status()).isEqualTo(RequestStatus.CLOSED);
            b.logout();

            // 4. The resident gets the emails, in Spanish.
            mail.drain(10);
            List<String> subjects = to(email).stream().map(m -> subject(m)).toList();
            assertThat(subjects).containsExactlyInAnyOrder("Solicitud " + number + " recibida: Suciedad",
                    "Solicitud " + byPhone + " recibida: Grafiti",
                    "Novedad en la solicitud " + number + ": Suciedad", "Solicitud " + number + " cerrada: Suciedad");
            assertThat(queries.find(byPhone).orElseThrow().language()).isEqualTo("es");

            // 5. Tracks it by number; answers the survey and asks to reopen through the private link in the closure email.
            b.go("/track?lang=es");
            b.type("#number", number);
            b.clickAndWait("form[action='/track'] button");
            assertThat(b.find("#status").getText()).isEqualTo("Cerrada");
            assertThat(b.find("#timeline").getText()).contains("La cuadrilla va en camino");
            assertThat(b.driver.findElements(org.openqa.selenium.By.id("survey-form"))).as("the number alone is not enough").isEmpty();
            String closure = to(email).stream().filter(m -> subject(m).contains("cerrada")).map(m -> {
                try {
                    return (String) m.getContent();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).findFirst().orElseThrow();
            String link = closure.replaceAll("(?s).*(http://onecity\\.test/track/" + number + "\\?key=[A-Za-z0-9_-]+).*", "$1");
            assertThat(link).startsWith("http://onecity.test/track/");
            b.go(link.replace("http://onecity.test", ""));
            b.find("label[for=rating-2]").click();
            b.type("#comment", "Tardaron mucho");
            b.clickAndWait("form[action$='/survey'] button");
            assertThat(b.find("#survey-answered").getText()).contains("2");
            b.type("#reason", "Volvieron a dejar basura");
            b.clickAndWait("form[action$='/reopen'] button");
            assertThat(b.find("#reopen-asked").isDisplayed()).isTrue();
            assertThat(feedback.survey(number).orElseThrow().comment()).isEqualTo("Tardaron mucho");
            assertThat(feedback.reopenAsks(number)).hasSize(1);
        }
        // 6. And the SMS webhook tells its status, by number.
        String number = queries.byRequester(null, email, null, 5).stream().map(m -> m.request().number())
                .filter(n -> queries.find(n).orElseThrow().serviceCode().equals("dsny-dirty-condition")).findFirst()
                .orElseThrow();
        var sms = new Http(port).postForm("/sms/inbound", List.of(Map.entry("From", "+12125550199"),
                Map.entry("Body", number), Map.entry("secret", "demo-sms-secret")));
        assertThat(sms.body()).contains("Request " + number).contains("Closed");
    }

    private static void clickMap(Browser b, double lat, double lon) {
        JavascriptExecutor js = (JavascriptExecutor) b.driver;
        new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "var m = document.getElementById('map'); return !!(m && m.onecityMap && m.querySelector('path'));")));
        @SuppressWarnings("unchecked")
        Map<String, Object> point = (Map<String, Object>) js.executeScript("""
                var el = document.getElementById('map'); el.scrollIntoView({block: 'center'});
                el.onecityMap.setView([arguments[0], arguments[1]], 15, {animate: false});
                var p = el.onecityMap.latLngToContainerPoint([arguments[0], arguments[1]]);
                return {x: p.x - el.clientWidth / 2, y: p.y - el.clientHeight / 2};""", lat, lon);
        new Actions(b.driver).moveToElement(b.find("#map"), ((Number) point.get("x")).intValue(),
                ((Number) point.get("y")).intValue()).click().perform();
    }

    private static List<MimeMessage> to(String email) throws Exception {
        MAIL.waitForIncomingEmail(3000, 3);
        return mailTo(email);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

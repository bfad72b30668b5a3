package org.onecity.browser;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.imports.ImportProgress;
import org.onecity.imports.ImportRequest;
import org.onecity.imports.Imports;
import org.onecity.messaging.NotificationLinks;
import org.onecity.requests.ChangeStatus;
import org.onecity.requests.Channel;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.RequestIntake;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.RequestWork;
import org.onecity.requests.Requester;
import org.onecity.requests.SubmitRequest;
import org.onecity.shared.Actor;
import org.onecity.testing.ChannelsBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core (WCAG 2.1 A and AA) on every page, for every role, in real Chromium: any violation fails. */
class AccessibilityBrowserTest extends ChannelsBase {

    @LocalServerPort
    int port;

    @Autowired
    RequestIntake intake;

    @Autowired
    RequestWork work;

    @Autowired
    NotificationLinks links;

    @Autowired
    Imports imports;

    @Autowired
    org.onecity.sharing.members.Systems systems;

    @Autowired
    org.onecity.sharing.Governance governance;

    @Autowired
    org.onecity.people.People people;

    @Test
    void everyPageForEveryRoleHasNoAxeViolations() throws Exception {
        String open = file("a11y.open@example.com");
        String closed = file("a11y.closed@example.com");
        long run = imports.run(new ImportRequest("nyc311-api", java.nio.file.Path.of("src/test/resources/nyc311/nyc311_2023_api.csv"),
                null, "a11y" + System.nanoTime()), ImportProgress.NONE).id();
        work.changeStatus(new ChangeStatus(closed, RequestStatus.CLOSED, ClosureOutcome.RESOLVED, "Done", true,
                "Cleaned", Actor.staff("dsny.staff")));
        sharingFixtures(open);
        try (Browser b = Browser.open(port)) {
            for (String page : List.of("/", "/search?q=rats", "/groups/noise", "/services/dohmh-food-poisoning",
                    "/services/dohmh-rodent", "/track", "/track?number=311-99999999", "/track/" + open,
                    "/track/" + closed + "?filed", "/login", "/login?error", "/login?locked", "/login?ended", "/no/such/page",
                    links.manageUrl(closed).replace("http://onecity.test", ""), "/?lang=es",
                    links.feedbackUrl(closed).replace("http://onecity.test", "") + "&lang=ar",
                    links.feedbackUrl(closed).replace("http://onecity.test", "") + "&filed",
                    "/services/dohmh-rodent?lang=ar", "/track/" + closed + "?lang=ur", "/?lang=zh", "/?lang=ru",
                    "/?lang=bn", "/?lang=ht", "/?lang=ko", "/?lang=fr", "/?lang=pl", "/?lang=en", "/help",
                    "/help/no-heat-in-winter", "/help/desde-la-cuna?lang=es", "/help?lang=ar",
                    "/help/bulk-item-pickup?lang=ur", "/search?q=mattress", "/help?lang=en",
                    links.myDataUrl(open).replace("http://onecity.test", ""),
                    links.myDataUrl(open).replace("http://onecity.test", "") + "&lang=es",
                    links.myDataUrl(open).replace("http://onecity.test", "") + "&lang=ar",
                    links.myDataUrl(closed).replace("http://onecity.test", ""))) {
                b.go(page);
                rendered(b, page);
                b.check("resident page " + page);
            }
            b.go("/services/dohmh-food-poisoning");
            b.clickAndWait("form[enctype] button[type=submit]");
            b.check("the form with errors");
            personMyDataPages(b);

            b.login("agent");
            for (String page : List.of("/agent", "/agent?phone=2125550000&service=graffiti", "/agent/file/dsny-graffiti",
                    "/agent?phone=2125550000&language=es&kb=parking", "/agent?kb=zzqx",
                    "/workspace")) {
                b.go(page);
                b.check("agent page " + page);
            }
            b.logout();
            b.login("dsny.staff");
            for (String page : List.of("/workspace", "/workspace/requests/" + open, "/workspace/requests/" + closed,
                    "/agent", "/account/password", "/account/password?changed&lang=es")) {
                b.go(page);
                b.check("staff page " + page);
            }
            b.go("/account/password");
            b.clickAndWait("#main-content form button.govuk-button");
            b.check("the change-password form with errors");
            b.logout();
            b.login("dsny.supervisor");
            b.go("/workspace/supervisor");
            b.check("supervisor overview");
            b.logout();
            b.login("nypd.staff");
            emergencyAccess(b, open);
            personEmergency(b);
            b.logout();
            b.login("sibiso.supervisor");
            peoplePages(b);
            programPages(b);
            b.logout();
            b.login("admin");
            for (String page : List.of("/admin", "/admin/agencies/DSNY", "/admin/agencies/new", "/admin/services",
                    "/admin/services/dohmh-food-poisoning", "/admin/services/new", "/admin/staff", "/admin/api-keys",
                    "/admin/staff/dsny.staff", "/admin/staff/dsny.staff?problem=self", "/admin/staff/dsny.staff?done=saved&lang=es",
                    "/admin/articles", "/admin/articles/new", "/admin/articles/bulk-item-pickup",
                    "/workspace?agency=DSNY", "/workspace/requests/" + open, "/workspace/supervisor?agency=DSNY",
                    "/admin/imports", "/admin/imports?problem=tooLarge", "/admin/imports/" + run,
                    "/admin/imports/" + run + "?lang=es", "/admin/audit", "/admin/audit?verify",
                    "/admin/audit?caseRef=" + open + "&decision=granted", "/admin/audit?lang=es", "/admin/outbox",
                    "/admin/sharing/systems", "/admin/sharing/agreements", "/admin/sharing/agreements?lang=es",
                    "/admin/sharing/break-glass")) {
                b.go(page);
                rendered(b, page);
                b.check("admin page " + page);
            }
            b.go("/admin/sharing/systems");
            b.clickAndWait("form[action='/admin/sharing/systems'] button");
            b.check("the system form with errors");
            b.go("/admin/sharing/agreements");
            b.clickAndWait("form[action='/admin/sharing/agreements'] button");
            b.check("the agreement form with errors");
            b.go("/admin/articles/new");
            b.clickAndWait("#main-content form button.govuk-button");
            b.check("the article form with errors");
            for (String page : List.of("/admin/agencies/DSNY?deactivated", "/admin?deleted=X1", "/admin/services?deleted=x-1")) {
                b.go(page);
                b.check("admin page " + page);
            }
            b.go("/admin/agencies/DSNY");
            b.clickAndWait("#delete");
            b.check("an agency still in use, refused");
            b.assertNoViolations();
        }
    }

    /** The new sharing pages must be themselves, not the error page (which is accessible too). */
    private static void rendered(Browser b, String page) {
        if (page.contains("/my-data/") || page.contains("/admin/audit") || page.contains("/admin/outbox")
                || page.contains("/admin/sharing/") || page.contains("/workspace/emergency")) {
            org.assertj.core.api.Assertions.assertThat(b.find("h1").getText()).as(page)
                    .doesNotContain("Sorry", "Lo sentimos").isNotBlank();
        }
    }

    /** The registry's "who accessed my data": the ask form (sent, limited, with an error), a signed page, an expired link. */
    private void personMyDataPages(Browser b) {
        var key = people.findByCurp("MASJ781105HDFRNN07").orElseThrow().key();
        String page = links.personMyDataUrl(key, java.time.Instant.now().plus(java.time.Duration.ofHours(1)))
                .replace("http://onecity.test", "");
        String expired = links.personMyDataUrl(key, java.time.Instant.now().minusSeconds(60))
                .replace("http://onecity.test", "");
        for (String p : List.of("/my-data/person", "/my-data/person?sent", "/my-data/person?limited",
                "/my-data/person?lang=ar", page, page + "&lang=es", page + "&lang=ur", page + "&saved&lang=en", expired)) {
            b.go(p);
            rendered(b, p);
            b.check("registry my-data page " + p);
        }
        b.go("/my-data/person");
        b.type("#curp", "LOHG850312MDFPRD00");
        b.clickAndWait("#my-data-person-submit");
        org.assertj.core.api.Assertions.assertThat(b.body()).contains("Enter a valid CURP");
        b.check("the registry my-data form with an error");
    }

    /** Break-the-glass as another agency's staff member: lookup, the form and its errors, the emergency view. */
    private static void emergencyAccess(Browser b, String number) {
        for (String page : List.of("/workspace/emergency", "/workspace/emergency?number=311-00000000",
                "/workspace/emergency?number=" + number + "&lang=es", "/workspace/emergency?number=" + number + "&lang=en")) {
            b.go(page);
            rendered(b, page);
            b.check("emergency access " + page);
        }
        b.go("/workspace/emergency?number=" + number);
        b.clickAndWait("#emergency-confirm");
        b.check("the emergency access form with errors");
        b.type("#emergency-reason", "Accessibility check: the caller must be reached now");
        b.find("label[for='emergency-field-phone']").click();
        b.clickAndWait("#emergency-confirm");
        rendered(b, "/workspace/emergency/" + number);
        org.assertj.core.api.Assertions.assertThat(b.body()).contains("This access is audited and will be reviewed.");
        b.check("the emergency view");
        b.go("/workspace/emergency/" + number + "?lang=es");
        b.check("the emergency view in Spanish");
        b.go("/workspace/emergency/" + number + "?lang=en");
    }

    /** The person registry's pages: search and its results, register with errors, a person, the merge page. */
    private static void peoplePages(Browser b) {
        for (String page : List.of("/workspace/people", "/workspace/people?lang=es", "/workspace/people/new",
                "/workspace/people/merge", "/workspace/people?lang=en")) {
            b.go(page);
            b.check("people page " + page);
        }
        b.go("/workspace/people/new");
        b.type("#person-curp", "LOHG850312MDFPRD00");
        b.clickAndWait("#people-new-submit");
        org.assertj.core.api.Assertions.assertThat(b.body()).contains("check digit");
        b.check("the register form with errors");
        b.go("/workspace/people");
        b.clickAndWait("#people-search-button");
        b.check("the search form with errors");
        new org.openqa.selenium.support.ui.Select(b.find("#people-purpose")).selectByValue("program-eligibility");
        b.type("#people-curp", "LOHG850312MDFPRD09");
        b.clickAndWait("#people-search-button");
        b.check("the search results");
        String href = b.find("a.people-hit").getAttribute("href");
        String key = href.replaceAll(".*/workspace/people/([0-9a-f-]{36}).*", "$1");
        b.go("/workspace/people/" + key);
        b.check("the purpose chooser");
        b.go("/workspace/people/" + key + "?purpose=program-eligibility");
        org.assertj.core.api.Assertions.assertThat(b.body()).contains("LOHG850312MDFPRD09");
        b.check("a person");
        b.go("/workspace/people/" + key + "?purpose=program-eligibility&lang=es");
        b.check("a person in Spanish");
        b.go("/workspace/people/merge?a=" + key + "&b=" + key);
        b.check("the merge page refusing one record twice");
        b.go("/workspace/people?lang=en");
    }

    /** Breaking the glass on another agency's person: the form, its errors, and the page under the banner. */
    private static void personEmergency(Browser b) {
        b.go("/workspace/people");
        new org.openqa.selenium.support.ui.Select(b.find("#people-purpose")).selectByValue("service-delivery");
        b.type("#people-curp", "HECA920130XNERRL09");
        b.clickAndWait("#people-search-button");
        String key = b.find("a.people-hit").getAttribute("href").replaceAll(".*/workspace/people/([0-9a-f-]{36}).*", "$1");
        b.go("/workspace/people/" + key + "?purpose=service-delivery");
        b.clickAndWait("#person-emergency");
        b.check("the emergency access form for a person");
        b.clickAndWait("#emergency-confirm");
        b.check("the emergency access form for a person with errors");
        b.type("#emergency-reason", "Welfare check after a 911 call, no answer at the door");
        b.find("label[for='emergency-field-phone']").click();
        b.clickAndWait("#emergency-confirm");
        org.assertj.core.api.Assertions.assertThat(b.body()).contains("Welfare check after a 911 call");
        b.check("a person under emergency access");
    }

    /** The programs pages: the agency's programs, a program, a person's applications and an application, with errors. */
    private static void programPages(Browser b) {
        for (String page : List.of("/workspace/programs", "/workspace/programs?lang=es",
                "/workspace/programs/pension-hombres-bienestar", "/workspace/programs/pension-hombres-bienestar?lang=en")) {
            b.go(page);
            b.check("programs page " + page);
        }
        b.go("/workspace/people");
        new org.openqa.selenium.support.ui.Select(b.find("#people-purpose")).selectByValue("program-eligibility");
        b.type("#people-curp", "MASJ781105HDFRNN07");
        b.clickAndWait("#people-search-button");
        String key = b.find("a.people-hit").getAttribute("href").replaceAll(".*/workspace/people/([0-9a-f-]{36}).*", "$1");
        b.go("/workspace/programs/people/" + key);
        b.check("a person's applications");
        b.clickAndWait("#apply-button");
        b.check("the apply form with errors");
        new org.openqa.selenium.support.ui.Select(b.find("#apply-program")).selectByValue("pension-hombres-bienestar");
        b.find("label[for='consent-given']").click();
        b.clickAndWait("#apply-button");
        org.assertj.core.api.Assertions.assertThat(b.body()).contains("AP-");
        b.check("an application");
        b.find("label[for='outcome-rejected']").click();
        b.clickAndWait("#decide-button");
        b.check("the decision form with errors");
        b.go("/workspace/programs/people/" + key + "?lang=es");
        b.check("a person's applications in Spanish");
        b.go("/workspace/programs?lang=en");
    }

    /** A system with a webhook nobody answers, an agreement asking for consent, a break-the-glass grant, audited reads. */
    private void sharingFixtures(String number) {
        String code = "a11y-" + System.nanoTime() % 1_000_000_000;
        systems.create(new org.onecity.sharing.members.Systems.NewSystem(code, "DSNY", "Accessibility hook",
                java.util.Set.of("events:receive", "requests.requester:read"), "http://127.0.0.1:9/hook", List.of()));
        governance.addAgreement(new org.onecity.sharing.Governance.Agreement(code, "DSNY", "NYPD", null,
                "requests.requester", java.util.Set.of("phone", "email"), "a11y_check", "Test basis",
                java.time.Instant.parse("2020-01-01T00:00:00Z"), null, true), "admin");
        governance.breakGlass(new org.onecity.sharing.Caller(org.onecity.shared.Actor.staff("a11y.tester", "NYPD",
                java.util.Set.of()), java.util.Set.of("phone"), false), "requests.requester", number, "Accessibility check of the queue",
                java.time.Duration.ofMinutes(5));
        new org.onecity.testing.Http(port).json("GET", "/api/staff/requests/" + number, null, "dsny.staff", "demo1234");
    }

    private String file(String email) {
        return intake.submit(new SubmitRequest("dsny-dirty-condition", Channel.WEB, "Trash", 40.7128, -74.0060, null,
                null, null, Map.of("descriptor", List.of("trash")), new Requester("A", "B", email, null, null, null),
                List.of(), List.of(), "en", null, null, null)).request().number();
    }
}

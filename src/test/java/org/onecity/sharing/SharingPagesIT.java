package org.onecity.sharing;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffAccounts;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.SharingFixtures;
import org.onecity.testing.SharingFixtures.Person;
import org.onecity.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sharing admin pages over real HTTP: systems and credentials, agreements, break-the-glass reviews, the audit. */
class SharingPagesIT extends IntegrationBase {

    static final Pattern CREDENTIAL = Pattern.compile("id=\"issued-credential\">(ocs_[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{43})<");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Governance governance;
    @Autowired
    StaffAccounts accounts;
    Http http;
    WebSession admin;
    String suffix;

    @BeforeEach
    void signIn() {
        http = new Http(port);
        admin = new WebSession(port);
        admin.login("admin", SharingFixtures.PW);
        suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    static String credential(String page) {
        Matcher m = CREDENTIAL.matcher(page);
        assertThat(m.find()).as("a credential shown once").isTrue();
        return m.group(1);
    }

    private String createSystem(String code, String agency, String... scopes) {
        admin.get("/admin/sharing/systems");
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(entry("code", code), entry("agency", agency),
                entry("name", "System " + code)));
        for (String s : scopes) {
            form.add(entry("scopes", s));
        }
        var created = admin.post("/admin/sharing/systems", form);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("System " + code + " created", "id=\"system-row-" + code + "\"");
        return credential(created.body());
    }

    @Test
    void anAdminCreatesASystemSeesItsCredentialOnceAndRotatesIt() {
        assertThat(admin.get("/admin").body()).contains("/admin/sharing/systems", "/admin/sharing/agreements",
                "/admin/sharing/break-glass", "/admin/audit", "/admin/outbox");
        String code = "dsny-pages-" + suffix;
        String first = createSystem(code, "DSNY", AgencySystem.READ_REQUESTER);
        String number = SharingFixtures.file(http, Person.unique(), 40.6650, -73.9350);
        assertThat(SharingIT.read(http, first, number, "email", "collection").statusCode()).isEqualTo(200);

        String list = admin.get("/admin/sharing/systems").body();
        assertThat(list).contains(code, AgencySystem.READ_REQUESTER).doesNotContain(first, "issued-credential");

        var rotated = admin.post("/admin/sharing/systems/" + code + "/rotate", List.of());
        assertThat(rotated.body()).contains("New credential for " + code, "24 hours");
        String second = credential(rotated.body());
        assertThat(second).isNotEqualTo(first);
        assertThat(SharingIT.read(http, second, number, "email", "collection").statusCode()).isEqualTo(200);
        assertThat(SharingIT.read(http, first, number, "email", "collection").statusCode()).as("grace period")
                .isEqualTo(200);
        assertThat(admin.get("/admin/sharing/systems").body()).contains("id=\"system-row-" + code + "\"");

        admin.get("/admin/sharing/systems");
        var bad = admin.post("/admin/sharing/systems", List.of(entry("code", "Bad Code"), entry("agency", "DSNY"),
                entry("name", "x"), entry("webhookUrl", "ftp://x")));
        assertThat(bad.body()).contains("govuk-error-summary", "The code must be", "Choose at least one scope",
                "The webhook address must start").doesNotContain("issued-credential");
        var taken = admin.post("/admin/sharing/systems", List.of(entry("code", code), entry("agency", "DSNY"),
                entry("name", "again"), entry("scopes", AgencySystem.READ_REQUESTER)));
        assertThat(taken.body()).contains("That code is taken").doesNotContain("issued-credential");
        assertThat(admin.get("/admin/sharing/systems?lang=es").body()).contains("Sistemas de las agencias");
    }

    @Test
    void anAgreementMadeOnThePageReleasesUntilItIsEndedThere() {
        String nypd = createSystem("nypd-pages-" + suffix, "NYPD", AgencySystem.READ_REQUESTER);
        Person p = Person.unique();
        String number = SharingFixtures.file(http, p, 40.6651, -73.9351);
        String purpose = "pages_" + suffix;
        assertThat(SharingIT.read(http, nypd, number, "email", purpose).statusCode()).isEqualTo(403);

        admin.get("/admin/sharing/agreements");
        String code = "pages-" + suffix;
        var created = admin.post("/admin/sharing/agreements", List.of(entry("code", code), entry("provider", "DSNY"),
                entry("consumerAgency", "NYPD"), entry("consumerSystem", ""), entry("dataset", "requests.requester"),
                entry("fields", "email"), entry("purpose", purpose), entry("legalBasis", "Test charter section")));
        assertThat(WebSession.location(created)).endsWith("/admin/sharing/agreements?created=" + code);
        String list = admin.get("/admin/sharing/agreements").body();
        assertThat(list).contains("id=\"agreement-row-" + code + "\"", "DSNY → NYPD", "In force");

        var granted = SharingIT.read(http, nypd, number, "email,phone", purpose);
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(SharingIT.json(granted).path("released").path("email").asString()).isEqualTo(p.email());
        assertThat(SharingIT.json(granted).path("denied").path("phone").asString()).isEqualTo("not_in_agreement");

        var ended = admin.post("/admin/sharing/agreements/" + code + "/end", List.of());
        assertThat(WebSession.location(ended)).endsWith("?ended=" + code);
        assertThat(admin.get(WebSession.location(ended)).body()).contains("Agreement " + code + " has ended", "Ended");
        var after = SharingIT.read(http, nypd, number, "email", purpose);
        assertThat(after.statusCode()).isEqualTo(403);
        assertThat(SharingIT.json(after).path("denied").path("email").asString()).isEqualTo("agreement_not_in_force");
        assertThat(WebSession.location(admin.post("/admin/sharing/agreements/" + code + "/end", List.of())))
                .contains("missing=");

        admin.get("/admin/sharing/agreements");
        var bad = admin.post("/admin/sharing/agreements", List.of(entry("code", "bad-" + suffix), entry("provider", "DSNY"),
                entry("consumerAgency", "NYPD"), entry("consumerSystem", "nypd-pages-" + suffix),
                entry("dataset", "requests.requester"), entry("fields", "shoe_size"), entry("purpose", "Two Words"),
                entry("legalBasis", ""), entry("validFrom", "2030-01-01"), entry("validTo", "2029-01-01")));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Choose a consumer agency or a consumer system", "Choose at least one field",
                "Give the purpose as one word", "Give the legal basis", "the end after the start");
        assertThat(governance.all()).noneMatch(a -> a.code().equals("bad-" + suffix));
    }

    @Test
    void breakTheGlassGrantsWaitOnThePageUntilReviewed() {
        String nypd = createSystem("nypd-glass-" + suffix, "NYPD", AgencySystem.READ_REQUESTER);
        String number = SharingFixtures.file(http, Person.unique(), 40.6652, -73.9352);
        var glass = SharingIT.post(http, nypd, "/api/sharing/requests/" + number + "/break-glass",
                "{\"reason\":\"Person missing after the storm at this address\",\"minutes\":30}");
        long id = SharingIT.json(glass).path("id").asLong();
        String page = admin.get("/admin/sharing/break-glass").body();
        assertThat(page).contains("id=\"grant-" + id + "\"", "Person missing after the storm", number, "Still active");
        var reviewed = admin.post("/admin/sharing/break-glass/" + id + "/review", List.of());
        assertThat(WebSession.location(reviewed)).endsWith("?reviewed=" + id);
        assertThat(admin.get("/admin/sharing/break-glass").body()).doesNotContain("id=\"grant-" + id + "\"");
        assertThat(governance.toReview()).noneMatch(g -> g.id() == id);
        assertThat(jdbc.sql("select reviewed_by from sharing.break_glass where id = ?").param(id).query(String.class)
                .single()).isEqualTo("admin");
    }

    @Test
    void theAuditPageSearchesAndVerifiesAndAnAuditorMayOnlyRead() throws Exception {
        String nypd = createSystem("nypd-audit-" + suffix, "NYPD", AgencySystem.READ_REQUESTER);
        String number = SharingFixtures.file(http, Person.unique(), 40.6653, -73.9353);
        SharingIT.read(http, nypd, number, "email,phone", "audit_page_" + suffix);
        String found = admin.get("/admin/audit?caseRef=" + number + "&decision=denied").body();
        assertThat(found).contains("id=\"entries\"", "nypd-audit-" + suffix, "audit_page_" + suffix, "Denied",
                "email:no_agreement");
        assertThat(admin.get("/admin/audit?caseRef=" + number + "&decision=granted").body())
                .doesNotContain("nypd-audit-" + suffix);
        assertThat(admin.get("/admin/audit?verify").body()).contains("id=\"check-ok\"", "The audit chain is intact");
        assertThat(admin.get("/admin/audit").body()).contains("hx-get=\"/admin/audit/verify\"", "href=\"/admin/audit?verify=\"")
                .doesNotContain("check-ok");
        assertThat(WebSession.location(admin.get("/admin/audit/verify"))).endsWith("/admin/audit?verify");
        HttpClient htmx = HttpClient.newBuilder().cookieHandler(admin.cookies()).build();
        var fragment = htmx.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/audit/verify"))
                .header("HX-Request", "true").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fragment.body()).contains("id=\"audit-check\"", "id=\"check-ok\"").doesNotContain("<html");

        long seq = jdbc.sql("select max(seq) from audit.audit_entry where case_ref = ?").param("case-" + number)
                .query(Long.class).single();
        jdbc.sql("alter table audit.audit_entry disable trigger audit_entry_append_only").update();
        try {
            jdbc.sql("update audit.audit_entry set fields = '{email,phone,first_name}' where seq = ?").param(seq).update();
            String broken = admin.get("/admin/audit?verify").body();
            assertThat(broken).contains("id=\"check-broken\"", "broken at entry " + seq, "entry " + seq + " was altered");
        } finally {
            jdbc.sql("update audit.audit_entry set fields = '{}' where seq = ?").param(seq).update();
            jdbc.sql("alter table audit.audit_entry enable trigger audit_entry_append_only").update();
        }
        assertThat(admin.get("/admin/audit?verify").body()).contains("id=\"check-ok\"");

        String auditor = "auditor.pages" + suffix;
        accounts.createIfAbsent(auditor, "auditor-password-1", "Pages Auditor", null, java.util.Set.of(Role.AUDITOR));
        WebSession session = new WebSession(port);
        assertThat(WebSession.location(session.login(auditor, "auditor-password-1"))).endsWith("/staff");
        assertThat(WebSession.location(session.get("/staff"))).endsWith("/admin/audit");
        var page = session.get("/admin/audit?verify");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("The audit chain is intact", "href=\"/admin/audit\"");
        assertThat(session.get("/admin/outbox").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/sharing/systems").statusCode()).isEqualTo(403);
        assertThat(session.post("/admin/sharing/systems", List.of(entry("code", "sneaky-" + suffix))).statusCode())
                .isEqualTo(403);
        WebSession agent = new WebSession(port);
        agent.login("agent", SharingFixtures.PW);
        assertThat(agent.get("/admin/audit").statusCode()).isEqualTo(403);
        assertThat(admin.get("/admin/audit?lang=es").body()).contains("Auditoría de datos personales");

        WebSession demoAuditor = new WebSession(port);
        demoAuditor.login("auditor", SharingFixtures.PW);
        assertThat(WebSession.location(demoAuditor.get("/staff"))).as("the demo auditor account").endsWith("/admin/audit");
        assertThat(demoAuditor.get("/admin/outbox").statusCode()).isEqualTo(403);
    }
}

package org.onecity.people;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecity.people.PeopleFixtures.Person;
import org.onecity.testing.DatabaseDump;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.WebSession;
import org.onecity.vault.BlindIndex;
import org.onecity.vault.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registering, finding and changing people over the pages and the machine API, on real HTTP and PostgreSQL. */
class PeopleRegistryIT extends IntegrationBase {

    static final String ALL_SCOPES = "\"people:write\",\"people.person:read\"";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalData personal;
    @Autowired
    org.onecity.vault.crypto.Reseal reseal;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private int rows(String indexColumn, BlindIndex kind, String value) {
        return jdbc.sql("select count(*) from people.person where " + indexColumn + " = ?")
                .param(personal.blindIndex(kind, value)).query(Integer.class).single();
    }

    static List<Map.Entry<String, String>> form(Person p, String curp) {
        return new ArrayList<>(List.of(entry("curp", curp), entry("givenNames", p.given()),
                entry("firstSurname", p.first()), entry("secondSurname", p.second()),
                entry("birthDate", p.birth().toString()), entry("sex", p.sex()), entry("phone", p.phone()),
                entry("email", p.email()), entry("address", "Calle Falsa 123"), entry("alcaldia", "Iztapalapa")));
    }

    @Test
    void staffRegisterOverThePagesAndTheSameCurpLeadsToTheFirstRecord() {
        Person p = Person.unique();
        WebSession web = new WebSession(port);
        web.login("sibiso.staff", PeopleFixtures.PW);
        assertThat(web.get("/workspace/people").body()).contains("Register a person", "people-search");
        assertThat(web.get("/workspace/people/new").statusCode()).isEqualTo(200);
        var created = web.post("/workspace/people/new", form(p, p.curp()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = WebSession.location(created);
        assertThat(location).matches(".*/workspace/people/[0-9a-f-]{36}\\?registered");
        String key = location.replaceAll(".*/workspace/people/([0-9a-f-]{36}).*", "$1");

        var chooser = web.get("/workspace/people/" + key + "?registered");
        assertThat(chooser.body()).contains("The person is registered.", "person-purpose-form")
                .doesNotContain(p.given(), p.curp());
        var shown = web.get("/workspace/people/" + key + "?purpose=program-eligibility");
        assertThat(shown.body()).contains(p.given(), p.first(), p.curp(), p.email(), "Iztapalapa",
                "/workspace/programs/people/" + key, "person-contact");

        Person other = Person.unique();
        Person twin = new Person(null, other.given(), other.first(), other.second(), p.birth(), p.sex(), other.phone(),
                other.email());
        var again = web.post("/workspace/people/new", form(twin, " " + p.curp().toLowerCase() + " "));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("Already registered", "/workspace/people/" + key, "SIBISO");
        assertThat(rows("curp_index", BlindIndex.CURP, p.curp())).isEqualTo(1);
        assertThat(rows("email_index", BlindIndex.EMAIL, twin.email())).isZero();
    }

    @Test
    void systemsRegisterOverTheApiIdempotentByCurpAndOnlyWithTheScope() {
        Person p = Person.unique();
        String sibiso = PeopleFixtures.system(http, "SIBISO", ALL_SCOPES);
        var first = PeopleFixtures.post(http, sibiso, "/api/sharing/people", p.json(true));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        var body = PeopleFixtures.json(first.body());
        String key = body.path("key").asString();
        assertThat(body.path("matched").asBoolean()).isFalse();
        assertThat(body.path("holderAgency").asString()).isEqualTo("SIBISO");

        Person other = Person.unique();
        var second = PeopleFixtures.post(http, sibiso, "/api/sharing/people", new Person(p.curp(), other.given(),
                other.first(), null, p.birth(), p.sex(), other.phone(), other.email()).json(true));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(PeopleFixtures.json(second.body()).path("key").asString()).isEqualTo(key);
        assertThat(PeopleFixtures.json(second.body()).path("matched").asBoolean()).isTrue();
        assertThat(rows("curp_index", BlindIndex.CURP, p.curp())).isEqualTo(1);

        String readOnly = PeopleFixtures.system(http, "SIBISO", "\"people.person:read\"");
        Person stranger = Person.unique();
        var refused = PeopleFixtures.post(http, readOnly, "/api/sharing/people", stranger.json(true));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(rows("curp_index", BlindIndex.CURP, stranger.curp())).isZero();
    }

    @Test
    void eachInvalidInputIsRefusedWithItsFieldNamedAndNothingWritten() {
        String sibiso = PeopleFixtures.system(http, "SIBISO", ALL_SCOPES);
        Person p = Person.unique();
        String badDigit = p.curp().substring(0, 17) + (char) ('0' + (p.curp().charAt(17) - '0' + 1) % 10);
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("curp", p.json(true).replace(p.curp(), badDigit));
        cases.put("given_names", p.json(true).replace("\"givenNames\":\"" + p.given() + "\"", "\"givenNames\":\" \""));
        cases.put("first_surname", p.json(true).replace(p.first(), "<b>x</b>"));
        cases.put("birth_date", p.json(false).replace(p.birth().toString(), "2999-01-01"));
        cases.put("birth_date ", p.json(true).replace(p.birth().toString(), p.birth().minusDays(1).toString()));
        cases.put("sex", p.json(true).replace("\"sex\":\"" + p.sex() + "\"",
                "\"sex\":\"" + (p.sex().equals("H") ? "M" : "H") + "\""));
        cases.put("email", p.json(true).replace(p.email(), "not-an-email"));
        cases.put("phone", p.json(true).replace(p.phone(), "call me"));
        cases.put("alcaldia", p.json(true).replace("Coyoacán", "Springfield"));
        for (var c : cases.entrySet()) {
            var r = PeopleFixtures.post(http, sibiso, "/api/sharing/people", c.getValue());
            assertThat(r.statusCode()).as(c.getKey() + " " + r.body()).isEqualTo(400);
            assertThat(PeopleFixtures.json(r.body()).path("errors").get(0).path("field").asString())
                    .as(r.body()).isEqualTo(c.getKey().strip());
        }
        assertThat(rows("curp_index", BlindIndex.CURP, p.curp())).isZero();
        assertThat(rows("email_index", BlindIndex.EMAIL, p.email())).isZero();

        WebSession web = new WebSession(port);
        web.login("sibiso.staff", PeopleFixtures.PW);
        web.get("/workspace/people/new");
        var page = web.post("/workspace/people/new", form(p, badDigit));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("person-curp-error", "The check digit of the CURP does not match",
                "href=\"#person-curp\"");
        var missing = web.post("/workspace/people/new", form(p, "").stream()
                .map(e -> e.getKey().equals("givenNames") ? entry("givenNames", "") : e).toList());
        assertThat(missing.body()).contains("person-given_names-error");
        assertThat(rows("email_index", BlindIndex.EMAIL, p.email())).isZero();
    }

    @Test
    void searchByEachIdentifierFindsExactlyThePersonAndAPartialCurpFindsNothing() {
        String sibiso = PeopleFixtures.system(http, "SIBISO", ALL_SCOPES);
        Person p = Person.unique();
        String key = PeopleFixtures.json(PeopleFixtures.post(http, sibiso, "/api/sharing/people", p.json(true)).body())
                .path("key").asString();
        String phoneOtherwise = "(55) " + p.phone().substring(3, 7) + "-" + p.phone().substring(7);
        for (String query : List.of("curp=" + p.curp().toLowerCase(), "phone=" + enc(phoneOtherwise),
                "email=" + enc(" " + p.email().toUpperCase() + " "), "givenNames=" + enc(p.given().toUpperCase())
                        + "&firstSurname=" + p.first() + "&secondSurname=" + p.second() + "&birthDate=" + p.birth())) {
            var r = PeopleFixtures.get(http, sibiso, "/api/sharing/people?" + query, "program-eligibility");
            assertThat(r.statusCode()).as(query + " " + r.body()).isEqualTo(200);
            var results = PeopleFixtures.json(r.body()).path("results");
            assertThat(results.size()).as(query + " " + r.body()).isEqualTo(1);
            assertThat(results.get(0).path("key").asString()).isEqualTo(key);
            assertThat(results.get(0).path("released").path("given_names").asString()).isEqualTo(p.given());
        }
        for (String partial : List.of("curp=" + p.curp().substring(0, 10), "email=" + enc(p.email().substring(3)),
                "givenNames=" + p.given() + "&firstSurname=" + p.first() + "&birthDate=" + p.birth().plusDays(1))) {
            var r = PeopleFixtures.get(http, sibiso, "/api/sharing/people?" + partial, "program-eligibility");
            assertThat(PeopleFixtures.json(r.body()).path("results").size()).as(partial).isZero();
        }
        assertThat(PeopleFixtures.get(http, sibiso, "/api/sharing/people", "program-eligibility").statusCode())
                .isEqualTo(400);

        WebSession web = new WebSession(port);
        web.login("sibiso.staff", PeopleFixtures.PW);
        web.get("/workspace/people");
        var found = web.post("/workspace/people", List.of(entry("purpose", "case-follow-up"), entry("curp", p.curp())));
        assertThat(found.body()).contains("People found: 1", key, p.given());
        var noPurpose = web.post("/workspace/people", List.of(entry("purpose", ""), entry("curp", p.curp())));
        assertThat(noPurpose.body()).contains("people-purpose-error").doesNotContain(key);
        var none = web.post("/workspace/people", List.of(entry("purpose", "case-follow-up"),
                entry("curp", p.curp().substring(0, 12))));
        assertThat(none.body()).contains("People found: 0").doesNotContain(key);
    }

    @Test
    void possibleDuplicatesAreShownBeforeAPersonWithoutCurpIsWritten() {
        String sibiso = PeopleFixtures.system(http, "SIBISO", ALL_SCOPES);
        Person p = Person.unique();
        String key = PeopleFixtures.json(PeopleFixtures.post(http, sibiso, "/api/sharing/people", p.json(false)).body())
                .path("key").asString();
        Person samePhone = new Person(null, "Otra", "Persona", null, p.birth().minusYears(1), "M", p.phone(),
                Person.unique().email());
        var stopped = PeopleFixtures.post(http, sibiso, "/api/sharing/people", samePhone.json(false));
        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(409);
        assertThat(PeopleFixtures.json(stopped.body()).path("possibleDuplicates").get(0).path("key").asString())
                .isEqualTo(key);
        assertThat(rows("email_index", BlindIndex.EMAIL, samePhone.email())).isZero();

        WebSession web = new WebSession(port);
        web.login("sibiso.staff", PeopleFixtures.PW);
        web.get("/workspace/people/new");
        List<Map.Entry<String, String>> sameName = form(p, "");
        sameName.replaceAll(e -> switch (e.getKey()) {
            case "phone" -> entry("phone", "");
            case "email" -> entry("email", "");
            default -> e;
        });
        var shown = web.post("/workspace/people/new", sameName);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Possible duplicates", key, "Register as a new person anyway");
        List<Map.Entry<String, String>> confirmed = new ArrayList<>(sameName);
        confirmed.add(entry("confirmed", "true"));
        var written = web.post("/workspace/people/new", confirmed);
        assertThat(written.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(written)).doesNotContain(key);
    }

    @Test
    void theHolderUpdatesContactDetailsResealedAndReindexedAndOthersMayNot() {
        String sibiso = PeopleFixtures.system(http, "SIBISO", ALL_SCOPES);
        Person p = Person.unique();
        String key = PeopleFixtures.json(PeopleFixtures.post(http, sibiso, "/api/sharing/people", p.json(true)).body())
                .path("key").asString();
        String newEmail = "new." + p.email();
        WebSession web = new WebSession(port);
        web.login("sibiso.staff", PeopleFixtures.PW);
        web.get("/workspace/people/" + key + "?purpose=service-delivery");
        var bad = web.post("/workspace/people/" + key + "/contact", List.of(entry("purpose", "service-delivery"),
                entry("phone", p.phone()), entry("email", "nope"), entry("address", ""), entry("alcaldia", "Tlalpan")));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("person-email-error");
        var ok = web.post("/workspace/people/" + key + "/contact", List.of(entry("purpose", "service-delivery"),
                entry("phone", p.phone()), entry("email", newEmail), entry("address", ""), entry("alcaldia", "Tlalpan")));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(web.get(WebSession.location(ok)).body()).contains(newEmail, "Tlalpan", "The contact details are saved.");
        assertThat(rows("email_index", BlindIndex.EMAIL, newEmail)).isEqualTo(1);
        assertThat(rows("email_index", BlindIndex.EMAIL, p.email())).isZero();

        WebSession dif = new WebSession(port);
        dif.login("dif.staff", PeopleFixtures.PW);
        dif.get("/workspace/people/" + key + "?purpose=program-eligibility");
        var refused = dif.post("/workspace/people/" + key + "/contact", List.of(entry("phone", "55 1111 2222"),
                entry("email", ""), entry("address", ""), entry("alcaldia", "")));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(rows("email_index", BlindIndex.EMAIL, newEmail)).isEqualTo(1);
    }

    @Test
    void theTableAndADumpHoldNoPlaintextPersonalData() throws Exception {
        String sibiso = PeopleFixtures.system(http, "SIBISO", ALL_SCOPES);
        Person p = Person.unique();
        String key = PeopleFixtures.json(PeopleFixtures.post(http, sibiso, "/api/sharing/people", p.json(true)).body())
                .path("key").asString();
        var row = jdbc.sql("select * from people.person where key = ?::uuid").param(key).query().singleRow();
        StringBuilder raw = new StringBuilder();
        row.forEach((column, value) -> raw.append(column).append('=')
                .append(value instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : String.valueOf(value))
                .append('\n'));
        for (String value : List.of(p.curp(), p.given(), p.first(), p.second(), p.email(), p.phone(),
                p.birth().toString(), "Calle " + p.given())) {
            assertThat(raw.toString()).as(value).doesNotContain(value);
        }
        var dump = DatabaseDump.take();
        assertThat(dump.text()).as(dump.how()).contains(key);
        for (String value : List.of(p.curp(), p.given(), p.first(), p.email(), p.phone())) {
            assertThat(dump.text()).as(dump.how()).doesNotContain(value);
        }
    }

    @Test
    void keyRotationResealsTheRegistryLikeEveryOtherSealedTable() {
        String sibiso = PeopleFixtures.system(http, "SIBISO", ALL_SCOPES);
        Person p = Person.unique();
        String key = PeopleFixtures.json(PeopleFixtures.post(http, sibiso, "/api/sharing/people", p.json(true)).body())
                .path("key").asString();
        jdbc.sql("update people.person set given_names = '\\x00'::bytea || convert_to(?, 'UTF8') where key = ?::uuid")
                .params(p.given(), key).update();
        assertThat(firstByte(key)).as("legacy plaintext marker").isZero();
        assertThat(reseal.run(100, true)).isGreaterThanOrEqualTo(1);
        assertThat(firstByte(key)).as("sealed again").isEqualTo(1);
        var read = PeopleFixtures.get(http, sibiso, "/api/sharing/people/" + key + "?fields=given_names", "case-follow-up");
        assertThat(PeopleFixtures.json(read.body()).path("released").path("given_names").asString()).isEqualTo(p.given());
    }

    private int firstByte(String key) {
        return jdbc.sql("select get_byte(given_names, 0) from people.person where key = ?::uuid").param(key)
                .query(Integer.class).single();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

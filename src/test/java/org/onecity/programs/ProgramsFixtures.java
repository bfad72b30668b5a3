package org.onecity.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffAccounts;
import org.onecity.people.Curp;
import org.onecity.people.registry.PersonForm;
import org.onecity.people.registry.Registration;
import org.onecity.shared.Actor;
import org.onecity.testing.Http;
import org.onecity.testing.Open311Schemas;
import org.onecity.testing.WebSession;
import tools.jackson.databind.JsonNode;

/** People, staff and systems of the programs' tests, each unique to its test. */
final class ProgramsFixtures {

    static final String PW = "demo1234";
    static final String SIBISO_PROGRAM = "pension-hombres-bienestar";
    static final String OTHER_SIBISO_PROGRAM = "ingreso-ciudadano-universal";
    static final String DIF_PROGRAM = "desde-la-cuna";

    private ProgramsFixtures() {
    }

    /** A registered person held by SIBISO, with a valid CURP and names of their own. */
    record Person(UUID key, String curp, String givenNames, String firstSurname) {
    }

    static Person person(Registration registration) {
        var r = ThreadLocalRandom.current();
        String given = "Prog" + letters(7);
        String surname = "Test" + letters(7);
        LocalDate birth = LocalDate.of(1960 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String first17 = "GA" + "XZ" + birth.toString().substring(2).replace("-", "") + "H" + "DF" + consonants(3) + "0";
        String curp = first17 + Curp.checkDigit(first17);
        var registered = registration.register(new PersonForm(curp, given, surname, null, birth.toString(), "H", null,
                null, null, null, null, null), "SIBISO", Actor.staff("programs-test", "SIBISO", java.util.Set.of()),
                true);
        assertThat(registered.person()).isNotNull();
        return new Person(registered.person().key(), curp, given, surname);
    }

    static String consonants(int n) {
        String c = "BCDFGHJKLMNPQRSTVWXZ";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(c.charAt(ThreadLocalRandom.current().nextInt(c.length())));
        }
        return b.toString();
    }

    /** Lowercase letters, so the name is unique and plain. */
    static String letters(int n) {
        var r = ThreadLocalRandom.current();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    static String staff(StaffAccounts accounts, String agency, Role... roles) {
        String username = "prog." + agency.toLowerCase().replace("-", "") + "." + letters(6);
        accounts.createIfAbsent(username, PW, "Programs test " + agency, agency, Set.of(roles));
        return username;
    }

    static WebSession login(int port, String username) {
        WebSession web = new WebSession(port);
        assertThat(web.login(username, PW).statusCode()).isEqualTo(302);
        assertThat(web.get("/workspace/programs").statusCode()).isEqualTo(200);
        return web;
    }

    /** Creates an agency system as admin; returns its credential. */
    static String system(Http http, String code, String agency, String... scopes) {
        String list = String.join(",", java.util.Arrays.stream(scopes).map(s -> "\"" + s + "\"").toList());
        var r = http.json("POST", "/api/admin/sharing/systems", "{\"code\":\"" + code + "\",\"agency\":\"" + agency
                + "\",\"name\":\"" + code + "\",\"scopes\":[" + list + "]}", "admin", PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r.body()).path("credential").asString();
    }

    static JsonNode json(String body) {
        return Open311Schemas.parse(body);
    }

    static java.net.http.HttpResponse<String> file(Http http, String credential, String program, UUID person,
                                                   Boolean consent) {
        String body = "{\"personKey\":\"" + person + "\"" + (consent == null ? "" : ",\"consent\":" + consent) + "}";
        return http.postRaw("/api/sharing/programs/" + program + "/applications", "application/json",
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "Authorization", "Bearer " + credential);
    }

    /** Files over the machine API and returns the application number. */
    static String fileNumber(Http http, String credential, String program, UUID person) {
        var r = file(http, credential, program, person, null);
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return json(r.body()).path("number").asString();
    }

    static List<Map.Entry<String, String>> form(String... kv) {
        List<Map.Entry<String, String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.add(Map.entry(kv[i], kv[i + 1]));
        }
        return out;
    }
}

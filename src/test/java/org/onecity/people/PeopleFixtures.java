package org.onecity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.onecity.testing.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Unique synthetic people with valid CURPs, and agency systems for the machine API. */
final class PeopleFixtures {

    static final String PW = "demo1234";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONSONANTS = "BCDFGHJKLMNPQRSTVZ";
    private static final String VOWELS = "AEIOU";

    private PeopleFixtures() {
    }

    /** A person nobody else registered: letters-only names, a valid CURP matching birth date and sex. */
    record Person(String curp, String given, String first, String second, LocalDate birth, String sex, String phone,
                  String email) {

        static Person unique() {
            var r = ThreadLocalRandom.current();
            String given = "Zeb" + letters(8).toLowerCase();
            String first = "Quix" + letters(8).toLowerCase();
            String second = "Yor" + letters(6).toLowerCase();
            LocalDate birth = LocalDate.of(r.nextInt(1940, 2006), r.nextInt(1, 13), r.nextInt(1, 29));
            String sex = r.nextBoolean() ? "H" : "M";
            String curp = PeopleFixtures.curp(birth, sex);
            long n = r.nextLong(10_000_000L, 99_999_999L);
            return new Person(curp, given, first, second, birth, sex, "55 " + n, "zq" + n + letters(4).toLowerCase()
                    + "@mail.example");
        }

        String json(boolean withCurp) {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            m.put("curp", withCurp ? curp : null);
            m.put("givenNames", given);
            m.put("firstSurname", first);
            m.put("secondSurname", second);
            m.put("birthDate", birth == null ? null : birth.toString());
            m.put("sex", sex);
            m.put("phone", phone);
            m.put("email", email);
            m.put("address", "Calle " + given + " 1");
            m.put("alcaldia", "Coyoacán");
            m.values().removeIf(java.util.Objects::isNull);
            return JSON.writeValueAsString(m);
        }
    }

    static String letters(int n) {
        var r = ThreadLocalRandom.current();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + r.nextInt(26)));
        }
        return b.toString();
    }

    /** A valid CURP for the birth date and sex, with random name letters (never an inconvenient word). */
    static String curp(LocalDate birth, String sex) {
        var r = ThreadLocalRandom.current();
        while (true) {
            String head = "" + CONSONANTS.charAt(r.nextInt(CONSONANTS.length())) + VOWELS.charAt(r.nextInt(5))
                    + CONSONANTS.charAt(r.nextInt(CONSONANTS.length())) + CONSONANTS.charAt(r.nextInt(CONSONANTS.length()));
            String first17 = head + String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(),
                    birth.getDayOfMonth()) + sex + "DF" + CONSONANTS.charAt(r.nextInt(CONSONANTS.length()))
                    + CONSONANTS.charAt(r.nextInt(CONSONANTS.length())) + CONSONANTS.charAt(r.nextInt(CONSONANTS.length()))
                    + (birth.getYear() < 2000 ? (char) ('0' + r.nextInt(10)) : (char) ('A' + r.nextInt(26)));
            String curp = first17 + Curp.checkDigit(first17);
            if (Curp.problem(curp).isEmpty()) {
                return curp;
            }
        }
    }

    /** Creates an agency system with the scopes (JSON strings, comma-separated); returns its bearer credential. */
    static String system(Http http, String agency, String scopes) {
        String code = "ppl-" + agency.toLowerCase() + "-" + letters(8).toLowerCase();
        var r = http.json("POST", "/api/admin/sharing/systems", "{\"code\":\"" + code + "\",\"agency\":\"" + agency
                + "\",\"name\":\"" + code + "\",\"scopes\":[" + scopes + "]}", "admin", PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r.body()).path("credential").asString();
    }

    static java.net.http.HttpResponse<String> post(Http http, String bearer, String path, String json) {
        return http.postRaw(path, "application/json", json.getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + bearer);
    }

    static java.net.http.HttpResponse<String> get(Http http, String bearer, String path, String purpose) {
        return http.get(path, "Authorization", "Bearer " + bearer, "X-OneCity-Purpose", purpose,
                "X-OneCity-Case", "case-people-test");
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}

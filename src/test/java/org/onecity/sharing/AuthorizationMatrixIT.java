package org.onecity.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffAccounts;
import org.onecity.testing.Http;
import org.onecity.testing.IntegrationBase;
import org.onecity.testing.SharingFixtures;
import org.onecity.testing.SharingFixtures.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every staff role and agency system against every staff, admin and sharing endpoint (found from
 * the application's own mappings, so a new endpoint is covered at once), on a request of the
 * caller's own agency (DSNY) and of another: every allow must be an expected one, and vice versa.
 */
class AuthorizationMatrixIT extends IntegrationBase {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    StaffAccounts accounts;

    record Who(String name, String basic, String bearer, String agency, Set<String> roles, Set<String> scopes) {

        boolean system() {
            return bearer != null;
        }

        boolean has(String role) {
            return roles.contains(role);
        }
    }

    record Endpoint(String method, String pattern) {
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void noUnexpectedAllowAndNoUnexpectedDeny() throws Exception {
        Http http = new Http(port);
        accounts.createIfAbsent("matrix.auditor", SharingFixtures.PW, "Aude Auditor", null, Set.of(Role.AUDITOR));
        String s = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        String all = "\"requests.requester:read\",\"requests:update\",\"consent:write\",\"events:receive\","
                + "\"people.person:read\",\"people:write\",\"programs.enrolment:read\",\"programs:write\"";
        List<Who> callers = List.of(
                new Who("anonymous", null, null, null, Set.of(), Set.of()),
                new Who("admin", "admin", null, null, Set.of("ADMIN"), Set.of()),
                new Who("agent", "agent", null, null, Set.of("AGENT"), Set.of()),
                new Who("dsny.staff", "dsny.staff", null, "DSNY", Set.of("STAFF"), Set.of()),
                new Who("dsny.supervisor", "dsny.supervisor", null, "DSNY", Set.of("STAFF", "SUPERVISOR"), Set.of()),
                new Who("nypd.staff", "nypd.staff", null, "NYPD", Set.of("STAFF"), Set.of()),
                new Who("analyst", "analyst", null, null, Set.of("ANALYST"), Set.of()),
                new Who("matrix.auditor", "matrix.auditor", null, null, Set.of("AUDITOR"), Set.of()),
                new Who("dsny-system", null, SharingIT.system(http, "mx-dsny-" + s, "DSNY", all, null), "DSNY", Set.of(),
                        Set.of("read", "update", "consent", "people-read", "people-write", "enrolments",
                                "applications")),
                new Who("dsny-noscope", null, SharingIT.system(http, "mx-dsny0-" + s, "DSNY", "", null), "DSNY",
                        Set.of(), Set.of()),
                new Who("nypd-system", null, SharingIT.system(http, "mx-nypd-" + s, "NYPD", all, null), "NYPD", Set.of(),
                        Set.of("read", "update", "consent", "people-read", "people-write", "enrolments",
                                "applications")));
        String dsnyRequest = SharingFixtures.file(http, Person.unique(), 40.6950, -73.9650);

        Set<Endpoint> endpoints = new TreeSet<>((a, b) -> (a.pattern() + a.method()).compareTo(b.pattern() + b.method()));
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/staff") || pattern.startsWith("/api/admin")
                        || pattern.startsWith("/api/sharing")) {
                    info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(new Endpoint(m.name(), pattern)));
                }
            }
        });
        assertThat(endpoints).extracting(Endpoint::pattern).contains("/api/staff/requests/{number}",
                "/api/sharing/requests/{number}/requester", "/api/sharing/requests/{number}/updates",
                "/api/admin/audit/verify", "/api/admin/outbox/{id}/redeliver", "/api/admin/sharing/systems",
                "/api/sharing/people", "/api/sharing/people/{key}", "/api/sharing/people/{key}/break-glass");

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Endpoint e : endpoints) {
            String path = e.pattern().replace("{number}", dsnyRequest).replace("{code}", "zz-matrix-none")
                    .replace("{id}", "999999999").replaceAll("\\{[^}]+\\}", "zz-matrix-none");
            for (Who who : callers) {
                int status = call(e.method(), path, who);
                calls++;
                boolean allowed = status != 401 && status != 403;
                boolean expected = expected(who, e);
                if (allowed != expected) {
                    wrong.add(who.name() + " " + e.method() + " " + e.pattern() + " -> " + status
                            + (expected ? " (expected allow)" : " (UNEXPECTED ALLOW)"));
                }
            }
        }
        assertThat(wrong).as("of " + calls + " calls").isEmpty();
        assertThat(calls).isGreaterThan(200);
    }

    /** The policy, written out: DSNY owns the request; NYPD has no agreement for it. */
    static boolean expected(Who who, Endpoint e) {
        String p = e.pattern();
        if (p.startsWith("/api/sharing")) {
            if (!who.system()) {
                return false;
            }
            if (p.equals("/api/sharing/people/{key}/enrolments")) {
                return who.scopes().contains("enrolments");
            }
            if (p.equals("/api/sharing/programs/{code}/applications")) {
                return who.scopes().contains("applications");
            }
            if (p.equals("/api/sharing/people/{key}/break-glass")) {
                return who.scopes().contains("people-read");
            }
            if (p.startsWith("/api/sharing/people")) {
                // Any agency's system with the scope: the release decision then decides per field.
                return who.scopes().contains(e.method().equals("POST") ? "people-write" : "people-read");
            }
            boolean own = "DSNY".equals(who.agency());
            if (p.endsWith("/requester")) {
                return own && who.scopes().contains("read");
            }
            if (p.endsWith("/updates")) {
                return own && who.scopes().contains("update");
            }
            if (p.endsWith("/consent")) {
                return own && who.scopes().contains("consent");
            }
            if (p.endsWith("/break-glass")) {
                return who.scopes().contains("read");
            }
            return false;
        }
        if (who.system()) {
            return false;
        }
        if (p.startsWith("/api/admin/audit")) {
            return who.has("ADMIN") || who.has("AUDITOR");
        }
        if (p.startsWith("/api/admin")) {
            return who.has("ADMIN");
        }
        if (p.startsWith("/api/staff")) {
            return who.has("ADMIN") || who.has("AGENT")
                    || (who.has("STAFF") || who.has("SUPERVISOR")) && "DSNY".equals(who.agency());
        }
        return false;
    }

    private int call(String method, String path, Who who) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .header("X-OneCity-Purpose", "matrix").header("X-OneCity-Case", "matrix")
                .method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (who.basic() != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (who.basic() + ":" + SharingFixtures.PW).getBytes()));
        }
        if (who.bearer() != null) {
            b.header("Authorization", "Bearer " + who.bearer());
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

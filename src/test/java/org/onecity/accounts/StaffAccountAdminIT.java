package org.onecity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.onecity.testing.ChannelsBase;
import org.onecity.testing.Http;
import org.onecity.testing.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An admin edits a staff account, disables and enables it, and sets a temporary password the person
 * must change; every staff member changes their own password. Over real HTTP, with two sessions.
 */
class StaffAccountAdminIT extends ChannelsBase {

    @LocalServerPort
    int port;

    @Test
    void anAdminEditsDisablesAndResetsAnAccountAndTheSessionFollows() {
        String user = "it.acct" + ThreadLocalRandom.current().nextInt(1_000_000);
        String first = "first-password-1";
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        admin.get("/admin/staff");
        var created = admin.post("/admin/staff", List.of(Map.entry("username", user), Map.entry("displayName", "Ida Test"),
                Map.entry("password", first), Map.entry("agency", "DSNY"), Map.entry("roles", "STAFF")));
        assertThat(WebSession.location(created)).contains("created=" + user);

        WebSession person = new WebSession(port);
        assertThat(WebSession.location(person.login(user, first))).endsWith("/staff");
        assertThat(person.get("/workspace").statusCode()).isEqualTo(200);
        assertThat(person.get("/workspace/supervisor").statusCode()).as("not a supervisor yet").isEqualTo(403);

        admin.get("/admin/staff/" + user);
        var edited = admin.post("/admin/staff/" + user, List.of(Map.entry("displayName", "Ida Supervisor"),
                Map.entry("agency", "DOT"), Map.entry("roles", "STAFF"), Map.entry("roles", "SUPERVISOR")));
        assertThat(WebSession.location(edited)).contains("done=saved");
        assertThat(admin.get("/admin/staff/" + user).body()).contains("Ida Supervisor").contains("value=\"DOT\" selected");
        var supervisor = person.get("/workspace/supervisor");
        assertThat(supervisor.statusCode()).as("the new role works at the next request").isEqualTo(200);

        admin.get("/admin/staff/" + user);
        admin.post("/admin/staff/" + user + "/enabled", List.of(Map.entry("enabled", "false")));
        assertThat(admin.get("/admin/staff").body()).contains("Disabled");
        var ended = person.get("/workspace");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(ended)).contains("/login?ended");
        assertThat(WebSession.location(person.get("/workspace"))).as("the session is gone").contains("/login");
        assertThat(WebSession.location(new WebSession(port).login(user, first))).contains("/login?error");
        Http http = new Http(port);
        assertThat(http.json("GET", "/api/staff/requests/311-1", null, user, first).statusCode())
                .as("the API refuses a disabled account").isEqualTo(401);

        admin.get("/admin/staff/" + user);
        admin.post("/admin/staff/" + user + "/enabled", List.of(Map.entry("enabled", "true")));
        WebSession again = new WebSession(port);
        assertThat(WebSession.location(again.login(user, first))).endsWith("/staff");
        admin.get("/admin/staff/" + user);
        assertThat(WebSession.location(admin.post("/admin/staff/" + user + "/password",
                List.of(Map.entry("password", "short"))))).contains("problem=password");
        String temporary = "temporary-pass-42";
        assertThat(WebSession.location(admin.post("/admin/staff/" + user + "/password",
                List.of(Map.entry("password", temporary))))).contains("done=passwordSet");
        assertThat(WebSession.location(again.get("/workspace"))).as("a reset ends open sessions").contains("/login?ended");
        assertThat(WebSession.location(new WebSession(port).login(user, first))).contains("/login?error");

        assertThat(http.json("GET", "/api/staff/requests/311-999999999", null, user, temporary).statusCode())
                .as("the API refuses a temporary password").isEqualTo(403);
        WebSession fresh = new WebSession(port);
        fresh.login(user, temporary);
        var forced = fresh.get("/workspace");
        assertThat(WebSession.location(forced)).as("a temporary password must be changed first").endsWith("/account/password");
        assertThat(fresh.get("/account/password").body()).contains("id=\"temporary\"");
        var wrong = fresh.post("/account/password", List.of(Map.entry("current", "nope-nope-nope"),
                Map.entry("password", "my-own-password-1"), Map.entry("confirm", "my-own-password-1")));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("The current password is wrong.");
        var mismatch = fresh.post("/account/password", List.of(Map.entry("current", temporary),
                Map.entry("password", "my-own-password-1"), Map.entry("confirm", "my-own-password-2")));
        assertThat(mismatch.body()).contains("The two new passwords are not the same.");
        var changed = fresh.post("/account/password", List.of(Map.entry("current", temporary),
                Map.entry("password", "my-own-password-1"), Map.entry("confirm", "my-own-password-1")));
        assertThat(WebSession.location(changed)).endsWith("/account/password?changed");
        assertThat(fresh.get("/workspace").statusCode()).as("the session goes on after one's own change").isEqualTo(200);
        assertThat(WebSession.location(new WebSession(port).login(user, temporary))).contains("/login?error");
        assertThat(WebSession.location(new WebSession(port).login(user, "my-own-password-1"))).endsWith("/staff");
        assertThat(http.json("GET", "/api/staff/requests/311-999999999", null, user, "my-own-password-1").statusCode())
                .as("with their own password the API answers (no such request)").isEqualTo(404);
    }

    @Test
    void anAdminCannotLockThemselvesOutAndEveryStaffMemberHasThePasswordPage() {
        WebSession admin = new WebSession(port);
        admin.login("admin", "demo1234");
        admin.get("/admin/staff/admin");
        assertThat(WebSession.location(admin.post("/admin/staff/admin/enabled", List.of(Map.entry("enabled", "false")))))
                .contains("problem=self");
        assertThat(WebSession.location(admin.post("/admin/staff/admin", List.of(Map.entry("displayName", "Alex Admin"),
                Map.entry("roles", "AGENT"))))).contains("problem=self");
        assertThat(admin.get("/admin").statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin/staff/nobody.here").statusCode()).isEqualTo(404);
        for (String u : List.of("agent", "dsny.staff", "analyst")) {
            WebSession s = new WebSession(port);
            s.login(u, "demo1234");
            var page = s.get("/account/password");
            assertThat(page.statusCode()).as(u).isEqualTo(200);
            assertThat(page.body()).contains("Change your password").doesNotContain("id=\"temporary\"");
        }
        WebSession staff = new WebSession(port);
        staff.login("dsny.staff", "demo1234");
        assertThat(staff.get("/admin/staff/dsny.staff").statusCode()).as("admins only").isEqualTo(403);
    }
}

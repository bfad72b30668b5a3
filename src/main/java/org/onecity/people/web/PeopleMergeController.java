package org.onecity.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffUser;
import org.onecity.people.registry.Merges;
import org.onecity.people.registry.PersonFields;
import org.onecity.people.registry.PersonRecord;
import org.onecity.people.registry.PersonRejected;
import org.onecity.people.registry.PersonReleases;
import org.onecity.people.registry.PersonStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Merging two records of one person: a supervisor (of the agency holding both) or an administrator
 * sees them side by side, released for record maintenance, and picks the one kept.
 */
@Controller
class PeopleMergeController {

    static final String PURPOSE = "record-maintenance";

    /** One side of the merge page: the record, and what its release shows (null when not found). */
    record Side(String typed, PersonRecord person, org.onecity.sharing.Release release) {
    }

    private final PersonStore store;
    private final PersonReleases releases;
    private final Merges merges;

    PeopleMergeController(PersonStore store, PersonReleases releases, Merges merges) {
        this.store = store;
        this.releases = releases;
        this.merges = merges;
    }

    @GetMapping("/workspace/people/merge")
    String form(@RequestParam(defaultValue = "") String a, @RequestParam(defaultValue = "") String b,
                @AuthenticationPrincipal StaffUser user, Model model) {
        check(user);
        List<String> problems = new ArrayList<>();
        Side left = side(a, "a", problems, user);
        Side right = side(b, "b", problems, user);
        if (left.person() != null && right.person() != null && left.person().id() == right.person().id()) {
            problems.add("self");
        }
        return page(model, left, right, problems);
    }

    @PostMapping("/workspace/people/merge")
    String merge(@RequestParam(defaultValue = "") String a, @RequestParam(defaultValue = "") String b,
                 @RequestParam(defaultValue = "") String survivor, @AuthenticationPrincipal StaffUser user,
                 Model model, HttpServletResponse response) {
        check(user);
        Optional<UUID> ka = PeopleWeb.uuid(a.strip());
        Optional<UUID> kb = PeopleWeb.uuid(b.strip());
        if (ka.isEmpty() || kb.isEmpty() || !survivor.equals("a") && !survivor.equals("b")) {
            List<String> problems = new ArrayList<>();
            Side left = side(a, "a", problems, user);
            Side right = side(b, "b", problems, user);
            if (problems.isEmpty()) {
                problems.add("survivor");
            }
            return page(model, left, right, problems);
        }
        UUID keep = survivor.equals("a") ? ka.get() : kb.get();
        UUID gone = survivor.equals("a") ? kb.get() : ka.get();
        try {
            merges.merge(keep, gone, user.actor());
            return "redirect:/workspace/people/" + keep + "?merged=" + gone + "&purpose=" + PURPOSE;
        } catch (PersonRejected e) {
            response.setStatus(switch (e.kind()) {
                case FORBIDDEN -> 403;
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case INVALID -> 400;
            });
            List<String> problems = new ArrayList<>();
            Side left = side(a, "a", problems, user);
            Side right = side(b, "b", problems, user);
            problems.add(e.problems().get(0).code().replace("merge.", ""));
            return page(model, left, right, problems);
        }
    }

    private Side side(String typed, String name, List<String> problems, StaffUser user) {
        String t = typed.strip();
        if (t.isEmpty()) {
            return new Side("", null, null);
        }
        PersonRecord p = PeopleWeb.uuid(t).flatMap(store::byKey).orElse(null);
        if (p == null) {
            problems.add(name);
            return new Side(t, null, null);
        }
        if (p.merged()) {
            problems.add("already");
            return new Side(t, p, null);
        }
        return new Side(t, p, releases.release(PersonFields.caller(user.actor()), p, PURPOSE, null, null));
    }

    private String page(Model model, Side left, Side right, List<String> problems) {
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        model.addAttribute("problems", problems);
        model.addAttribute("fields", PersonFields.ALL);
        model.addAttribute("ready", left.release() != null && right.release() != null && !problems.contains("self"));
        return "people/merge";
    }

    private static void check(StaffUser user) {
        if (!user.has(Role.ADMIN) && !user.has(Role.SUPERVISOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}

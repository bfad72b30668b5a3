package org.onecity.workspace.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.onecity.accounts.Role;
import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequesterReleases;
import org.onecity.requests.ServiceRequest;
import org.onecity.shared.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Break-the-glass for agency staff: look up another agency's request by number, state why, and get
 * time-limited access to the requester details named, through the same grant as agency systems
 * (audited, queued for review). While it lasts the emergency view shows the request as the public
 * sees it plus what the release decision lets through; after, it answers 404 like any other page
 * of another agency's request.
 */
@Controller
class EmergencyAccessController {

    static final int REASON_MAX = 500;
    static final List<Integer> MINUTES = List.of(30, 60, 120, 240, 480);

    private final RequestQueries queries;
    private final RequesterReleases releases;
    private final Catalog catalog;

    EmergencyAccessController(RequestQueries queries, RequesterReleases releases, Catalog catalog) {
        this.queries = queries;
        this.releases = releases;
        this.catalog = catalog;
    }

    @GetMapping("/workspace/emergency")
    String form(@RequestParam(required = false) String number, @AuthenticationPrincipal StaffUser user, Model model) {
        check(user);
        List<String> problems = new ArrayList<>();
        String n = PlainText.trimToNull(number);
        ServiceRequest r = n == null ? null : find(n, problems);
        return page(model, user, n, r, problems, "", Set.of(), 60);
    }

    @PostMapping("/workspace/emergency")
    String grant(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String reason,
                 @RequestParam(required = false) List<String> fields, @RequestParam(defaultValue = "60") String minutes,
                 @AuthenticationPrincipal StaffUser user, Model model) {
        check(user);
        List<String> problems = new ArrayList<>();
        String n = number.strip();
        ServiceRequest r = find(n, problems);
        if (r != null && user.agencyCode().equals(r.agencyCode())) {
            return "redirect:/workspace/requests/" + r.number();
        }
        String why = reason.strip();
        if (why.length() < 10 || why.length() > REASON_MAX || PlainText.containsMarkup(why)
                || PlainText.containsControlCharacters(why)) {
            problems.add("reason");
        }
        Set<String> chosen = new LinkedHashSet<>(fields == null ? List.of() : fields);
        if (chosen.isEmpty() || !RequesterReleases.ON_PAGES.containsAll(chosen)) {
            problems.add("fields");
        }
        Integer lasting = MINUTES.stream().filter(m -> String.valueOf(m).equals(minutes.strip())).findFirst()
                .orElse(null);
        if (lasting == null) {
            problems.add("minutes");
        }
        if (r == null) {
            return page(model, user, n, null, List.of("number"), why, chosen, 60);
        }
        if (!problems.isEmpty()) {
            return page(model, user, n, r, problems, why, chosen, lasting == null ? 60 : lasting);
        }
        releases.breakGlass(user, r.number(), why, Duration.ofMinutes(lasting), chosen);
        return "redirect:/workspace/emergency/" + r.number();
    }

    @GetMapping("/workspace/emergency/{number}")
    String view(@PathVariable String number, @AuthenticationPrincipal StaffUser user, Model model) {
        check(user);
        ServiceRequest r = queries.find(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (user.agencyCode().equals(r.agencyCode())) {
            return "redirect:/workspace/requests/" + r.number();
        }
        var grant = releases.activeGrant(user, number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("r", r);
        model.addAttribute("grant", grant);
        model.addAttribute("service", catalog.service(r.serviceCode()).orElse(null));
        model.addAttribute("requester", releases.forStaff(user, number, r.agencyCode(), "emergency",
                RequesterReleases.ON_PAGES).orElse(null));
        model.addAttribute("history", queries.history(number, true));
        return "workspace/emergency-request";
    }

    private String page(Model model, StaffUser user, String number, ServiceRequest r, List<String> problems,
                        String reason, Set<String> chosen, int minutes) {
        model.addAttribute("number", number == null ? "" : number);
        model.addAttribute("r", r);
        model.addAttribute("own", r != null && user.agencyCode().equals(r.agencyCode()));
        model.addAttribute("active", r == null ? null : releases.activeGrant(user, r.number()).orElse(null));
        model.addAttribute("names", new ServiceNames(catalog, org.onecity.platform.web.PageLanguage.current()));
        model.addAttribute("problems", problems);
        model.addAttribute("reason", reason);
        model.addAttribute("chosen", chosen);
        model.addAttribute("minutes", minutes);
        model.addAttribute("durations", MINUTES);
        model.addAttribute("fields", RequesterReleases.ON_PAGES);
        model.addAttribute("reasonMax", REASON_MAX);
        return "workspace/emergency";
    }

    private ServiceRequest find(String number, List<String> problems) {
        ServiceRequest r = number.isEmpty() || number.length() > 40 ? null : queries.find(number).orElse(null);
        if (r == null) {
            problems.add("number");
        }
        return r;
    }

    /** Agency staff and supervisors only: city-wide roles see every request already. */
    private static void check(StaffUser user) {
        if (!(user.has(Role.STAFF) || user.has(Role.SUPERVISOR)) || user.agencyCode() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}

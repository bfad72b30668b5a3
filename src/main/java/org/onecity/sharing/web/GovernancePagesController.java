package org.onecity.sharing.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.platform.OneCitySettings;
import org.onecity.shared.PlainText;
import org.onecity.sharing.Dataset;
import org.onecity.sharing.Governance;
import org.onecity.sharing.members.Systems;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Data-sharing agreements (list, create, end) and the break-the-glass review queue, for administrators. */
@Controller
class GovernancePagesController {

    private final Governance governance;
    private final Catalog catalog;
    private final Systems systems;
    private final List<Dataset> datasets;
    private final OneCitySettings settings;
    private final Clock clock;

    GovernancePagesController(Governance governance, Catalog catalog, Systems systems, List<Dataset> datasets,
                              OneCitySettings settings, Clock clock) {
        this.governance = governance;
        this.catalog = catalog;
        this.systems = systems;
        this.datasets = datasets;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/admin/sharing/agreements")
    String agreements(Model model) {
        model.addAttribute("agreements", governance.all());
        model.addAttribute("now", clock.instant());
        model.addAttribute("agencies", catalog.agencies());
        model.addAttribute("systems", systems.list());
        model.addAttribute("datasets", datasets);
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        return "admin/agreements";
    }

    @PostMapping("/admin/sharing/agreements")
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String provider,
                  @RequestParam(required = false) String consumerAgency,
                  @RequestParam(required = false) String consumerSystem, @RequestParam(defaultValue = "") String dataset,
                  @RequestParam(required = false) List<String> fields, @RequestParam(defaultValue = "") String purpose,
                  @RequestParam(defaultValue = "") String legalBasis, @RequestParam(required = false) String validFrom,
                  @RequestParam(required = false) String validTo, @RequestParam(defaultValue = "false") boolean consent,
                  @AuthenticationPrincipal StaffUser admin, Model model, RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        String c = code.strip();
        if (c.isEmpty() || c.length() > 100 || PlainText.containsMarkup(c)) {
            problems.add("code");
        }
        if (catalog.agency(provider).isEmpty()) {
            problems.add("provider");
        }
        String ca = PlainText.trimToNull(consumerAgency);
        String cs = PlainText.trimToNull(consumerSystem);
        if ((ca == null) == (cs == null) || ca != null && catalog.agency(ca).isEmpty()
                || cs != null && systems.list().stream().noneMatch(s -> s.code().equals(cs))) {
            problems.add("consumer");
        }
        Dataset d = datasets.stream().filter(x -> x.name().equals(dataset)).findFirst().orElse(null);
        Set<String> chosen = new LinkedHashSet<>(fields == null ? List.of() : fields);
        if (d == null || chosen.isEmpty() || !d.fields().containsAll(chosen)) {
            problems.add("fields");
        }
        String p = PlainText.trimToNull(purpose);
        if (p == null || p.length() > 100 || !p.matches("[a-z0-9_.-]+")) {
            problems.add("purpose");
        }
        String basis = PlainText.trimToNull(legalBasis);
        if (basis == null || basis.length() > 1000 || PlainText.containsMarkup(basis)) {
            problems.add("legalBasis");
        }
        Instant from = day(validFrom, clock.instant());
        Instant to = day(validTo, null);
        if (from == Instant.MIN || to == Instant.MIN || to != null && !to.isAfter(from)) {
            problems.add("dates");
        }
        if (problems.isEmpty()) {
            try {
                governance.addAgreement(new Governance.Agreement(c, provider, ca, cs, dataset, chosen, p, basis, from,
                        to, consent), admin.username());
                redirect.addAttribute("created", c);
                return "redirect:/admin/sharing/agreements";
            } catch (DataIntegrityViolationException e) {
                problems.add("taken");
            }
        }
        model.addAttribute("problems", problems);
        return agreements(model);
    }

    @PostMapping("/admin/sharing/agreements/{code}/end")
    String end(@PathVariable String code, @AuthenticationPrincipal StaffUser admin, RedirectAttributes redirect) {
        redirect.addAttribute(governance.endAgreement(code, admin.username()) ? "ended" : "missing", code);
        return "redirect:/admin/sharing/agreements";
    }

    @GetMapping("/admin/sharing/break-glass")
    String breakGlass(Model model) {
        model.addAttribute("grants", governance.toReview());
        model.addAttribute("now", clock.instant());
        return "admin/break-glass";
    }

    @PostMapping("/admin/sharing/break-glass/{id}/review")
    String review(@PathVariable long id, @AuthenticationPrincipal StaffUser admin, RedirectAttributes redirect) {
        redirect.addAttribute(governance.review(id, admin.username()) ? "reviewed" : "missing", id);
        return "redirect:/admin/sharing/break-glass";
    }

    /** The start of the day in the city's time zone; {@code otherwise} when blank, {@link Instant#MIN} when invalid. */
    private Instant day(String value, Instant otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip()).atStartOfDay(settings.timeZone()).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.MIN;
        }
    }
}

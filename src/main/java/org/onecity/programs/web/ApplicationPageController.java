package org.onecity.programs.web;

import java.util.Map;
import org.onecity.accounts.StaffUser;
import org.onecity.audit.AccessRecord;
import org.onecity.catalog.Catalog;
import org.onecity.programs.Application;
import org.onecity.programs.ApplicationQueries;
import org.onecity.programs.ApplicationStatus;
import org.onecity.programs.Applications;
import org.onecity.programs.Program;
import org.onecity.programs.ProgramConsents;
import org.onecity.programs.Programs;
import org.onecity.programs.ProgramsProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One application, for the program's agency: the person's key, the history, the decision form,
 * the person's consent for the program and its withdrawal. Other agencies' staff get 404.
 */
@Controller
class ApplicationPageController {

    private final ApplicationQueries queries;
    private final Applications applications;
    private final Programs programs;
    private final ProgramConsents consents;
    private final Catalog catalog;

    ApplicationPageController(ApplicationQueries queries, Applications applications, Programs programs,
                              ProgramConsents consents, Catalog catalog) {
        this.queries = queries;
        this.applications = applications;
        this.programs = programs;
        this.consents = consents;
        this.catalog = catalog;
    }

    @GetMapping("/workspace/programs/applications/{number}")
    String show(@AuthenticationPrincipal StaffUser user, @PathVariable String number, Model model) {
        return page(user, number, model, Map.of(), null, null);
    }

    @PostMapping("/workspace/programs/applications/{number}/decision")
    String decide(@AuthenticationPrincipal StaffUser user, @PathVariable String number,
                  @RequestParam(required = false) String outcome, @RequestParam(required = false) String reason,
                  Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        visible(user, number);
        try {
            ApplicationStatus to = ApplicationStatus.fromWire(outcome).filter(ApplicationStatus::decision).orElse(null);
            applications.decide(number, to, reason, user);
            redirect.addAttribute("done", to.wire());
            return "redirect:/workspace/programs/applications/" + number;
        } catch (ProgramsProblem e) {
            return refused(user, number, model, e, response, reason);
        }
    }

    @PostMapping("/workspace/programs/applications/{number}/withdraw")
    String withdraw(@AuthenticationPrincipal StaffUser user, @PathVariable String number, Model model,
                    RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        visible(user, number);
        try {
            applications.withdraw(number, user);
            redirect.addAttribute("done", "withdrawn");
            return "redirect:/workspace/programs/applications/" + number;
        } catch (ProgramsProblem e) {
            return refused(user, number, model, e, response, null);
        }
    }

    /** Records the person's consent for the program as they state it now: withdrawn, or given again. */
    @PostMapping("/workspace/programs/applications/{number}/consent")
    String consent(@AuthenticationPrincipal StaffUser user, @PathVariable String number,
                   @RequestParam(defaultValue = "withdrawn") String consent, RedirectAttributes redirect) {
        Application a = visible(user, number);
        boolean given = "given".equals(consent);
        consents.record(a.personKey(), a.programCode(), given, user.username(), AccessRecord.kindOf(user.actor()), "agent",
                a.number());
        redirect.addAttribute("done", given ? "consentGiven" : "consentWithdrawn");
        return "redirect:/workspace/programs/applications/" + number;
    }

    private String refused(StaffUser user, String number, Model model, ProgramsProblem e,
                           jakarta.servlet.http.HttpServletResponse response, String reason) {
        if (e.kind() == ProgramsProblem.Kind.NOT_FOUND) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setStatus(e.httpStatus());
        return page(user, number, model, e.fields(), e.fields().get(""), reason);
    }

    private Application visible(StaffUser user, String number) {
        return queries.find(number)
                .filter(a -> programs.find(a.programCode()).filter(p -> Applications.mayWork(user, p)).isPresent())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(StaffUser user, String number, Model model, Map<String, String> errors, String problem,
                        String reason) {
        Application a = visible(user, number);
        Program p = programs.find(a.programCode()).orElseThrow();
        model.addAttribute("a", a);
        model.addAttribute("program", p);
        model.addAttribute("agencies", new AgencyNames(catalog));
        model.addAttribute("history", queries.history(a));
        model.addAttribute("reason", a.status().decision() ? queries.reason(a, user).orElse(null) : null);
        model.addAttribute("consent", consents.state(a.personKey(), a.programCode()).name().toLowerCase());
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("givenReason", reason);
        return "programs/application";
    }
}

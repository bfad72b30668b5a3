package org.onecity.workspace.web;

import org.onecity.accounts.Role;
import org.onecity.accounts.StaffAccounts;
import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.requests.ChangeStatus;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.Feedback;
import org.onecity.requests.RequestCoordination;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestRejected;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.RequestTexts;
import org.onecity.requests.RequestWork;
import org.onecity.requests.RequesterReleases;
import org.onecity.requests.Sentence;
import org.onecity.requests.ServiceRequest;
import org.onecity.shared.LocalText;
import org.onecity.sla.SlaClocks;
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
 * One request, for its agency: everything including internal notes and the requester's contact;
 * change status (public or internal note), resolve, assign, note, re-route, merge, decide reopen asks.
 */
@Controller
class RequestDetailController {

    private final RequestQueries queries;
    private final RequestWork work;
    private final RequestCoordination coordination;
    private final SlaClocks clocks;
    private final Catalog catalog;
    private final StaffAccounts staff;
    private final Feedback feedback;
    private final Scope scope;
    private final RequesterReleases releases;
    private final RequestTexts texts;

    RequestDetailController(RequestQueries queries, RequestWork work, RequestCoordination coordination,
                            SlaClocks clocks, Catalog catalog, StaffAccounts staff, Feedback feedback, Scope scope,
                            RequesterReleases releases, RequestTexts texts) {
        this.releases = releases;
        this.texts = texts;
        this.queries = queries;
        this.work = work;
        this.coordination = coordination;
        this.clocks = clocks;
        this.catalog = catalog;
        this.staff = staff;
        this.feedback = feedback;
        this.scope = scope;
    }

    @GetMapping("/workspace/requests/{number}")
    String detail(@PathVariable String number, @AuthenticationPrincipal StaffUser user, Model model) {
        ServiceRequest r;
        try {
            r = scope.request(user, number);
        } catch (ResponseStatusException notTheirs) {
            // another agency's request: its emergency view while this person holds a break-the-glass grant
            if (user.agencyCode() != null && releases.activeGrant(user, number).isPresent()) {
                return "redirect:/workspace/emergency/" + number;
            }
            throw notTheirs;
        }
        model.addAttribute("r", r);
        model.addAttribute("service", catalog.service(r.serviceCode()).orElse(null));
        model.addAttribute("requester", releases.forStaff(user, number, r.agencyCode(), "case_work",
                RequesterReleases.ON_PAGES).orElse(null));
        model.addAttribute("history", texts.lines(queries.history(number, false), r.agencyCode(),
                org.onecity.platform.web.PageLanguage.current()));
        model.addAttribute("sla", clocks.status(number).orElse(null));
        model.addAttribute("duplicates", queries.likelyDuplicates(r));
        model.addAttribute("asks", feedback.reopenAsks(number));
        model.addAttribute("survey", feedback.survey(number).orElse(null));
        model.addAttribute("statuses", java.util.Arrays.stream(RequestStatus.values())
                .filter(s -> s != RequestStatus.CLOSED && s != RequestStatus.REOPENED && r.status().canMoveTo(s)).toList());
        model.addAttribute("outcomes", java.util.Arrays.stream(ClosureOutcome.values())
                .filter(o -> o != ClosureOutcome.DUPLICATE).toList());
        model.addAttribute("agencies", catalog.agencies().stream()
                .filter(a -> a.active() || a.code().equals(r.agencyCode())).toList());
        model.addAttribute("colleagues", staff.all().stream()
                .filter(s -> s.has(Role.STAFF) && r.agencyCode().equals(s.agencyCode())).toList());
        model.addAttribute("names", new ServiceNames(catalog, org.onecity.platform.web.PageLanguage.current()));
        return "workspace/request";
    }

    @PostMapping("/workspace/requests/{number}/status")
    String status(@PathVariable String number, @RequestParam String status, @RequestParam(required = false) String note,
                  @RequestParam(defaultValue = "false") boolean publicNote, @AuthenticationPrincipal StaffUser user,
                  RedirectAttributes redirect) {
        scope.request(user, number);
        return act(number, redirect, () -> work.changeStatus(new ChangeStatus(number,
                RequestStatus.fromWire(status).orElseThrow(() -> RequestRejected.invalid("status", "unknown status",
                        Sentence.of("refusal.unknownStatus"))),
                null, note, publicNote, null, user.actor())));
    }

    @PostMapping("/workspace/requests/{number}/resolve")
    String resolve(@PathVariable String number, @RequestParam(defaultValue = "resolved") String outcome,
                   @RequestParam(required = false) String resolution, @AuthenticationPrincipal StaffUser user,
                   RedirectAttributes redirect) {
        scope.request(user, number);
        return act(number, redirect, () -> {
            if (resolution == null || resolution.isBlank()) {
                throw RequestRejected.invalid("resolution", "a resolution text is required",
                        Sentence.of("refusal.resolutionRequired"));
            }
            work.changeStatus(new ChangeStatus(number, RequestStatus.CLOSED, ClosureOutcome.fromWire(outcome)
                    .orElse(ClosureOutcome.RESOLVED), resolution, true, resolution, user.actor()));
        });
    }

    @PostMapping("/workspace/requests/{number}/assign")
    String assign(@PathVariable String number, @RequestParam String assignee, @AuthenticationPrincipal StaffUser user,
                  RedirectAttributes redirect) {
        scope.request(user, number);
        return act(number, redirect, () -> work.assign(number, assignee, user.actor()));
    }

    @PostMapping("/workspace/requests/{number}/note")
    String note(@PathVariable String number, @RequestParam String note, @RequestParam(defaultValue = "false") boolean publicNote,
                @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        scope.request(user, number);
        return act(number, redirect, () -> work.addNote(number, note, publicNote, user.actor()));
    }

    @PostMapping("/workspace/requests/{number}/reroute")
    String reroute(@PathVariable String number, @RequestParam String agency, @RequestParam String reason,
                   @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        scope.request(user, number);
        try {
            coordination.reroute(number, agency, reason, user.actor());
            redirect.addAttribute("rerouted", number);
            return "redirect:/workspace";
        } catch (RequestRejected e) {
            redirect.addFlashAttribute("problem", refusal(e));
            return "redirect:/workspace/requests/" + number;
        }
    }

    @PostMapping("/workspace/requests/{number}/merge")
    String merge(@PathVariable String number, @RequestParam String parent, @AuthenticationPrincipal StaffUser user,
                 RedirectAttributes redirect) {
        scope.request(user, number);
        scope.request(user, parent.strip());
        return act(number, redirect, () -> coordination.merge(number, parent.strip(), user.actor()));
    }

    @PostMapping("/workspace/requests/{number}/asks/{id}")
    String decide(@PathVariable String number, @PathVariable long id, @RequestParam String decision,
                  @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        scope.request(user, number);
        boolean mine = feedback.reopenAsks(number).stream().anyMatch(a -> a.id() == id);
        return act(number, redirect, () -> {
            if (!mine) {
                throw RequestRejected.notFound("ask", "no such ask on this request", Sentence.of("refusal.noAsk"));
            }
            feedback.decide(id, "reopen".equals(decision), user.username());
        });
    }

    private String act(String number, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (RequestRejected | IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", refusal(e));
        }
        return "redirect:/workspace/requests/" + number;
    }

    private LocalText refusal(RuntimeException e) {
        return texts.refusal(e, org.onecity.platform.web.PageLanguage.current());
    }
}

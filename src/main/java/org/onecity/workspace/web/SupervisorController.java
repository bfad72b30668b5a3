package org.onecity.workspace.web;

import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.requests.Feedback;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestQuery;
import org.onecity.sla.SlaClocks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A supervisor's view of their agency: escalations, SLA breaches, survey results, asks to reopen. */
@Controller
class SupervisorController {

    private final RequestQueries queries;
    private final SlaClocks clocks;
    private final Feedback feedback;
    private final Catalog catalog;
    private final Scope scope;

    SupervisorController(RequestQueries queries, SlaClocks clocks, Feedback feedback, Catalog catalog, Scope scope) {
        this.queries = queries;
        this.clocks = clocks;
        this.feedback = feedback;
        this.catalog = catalog;
        this.scope = scope;
    }

    @GetMapping("/workspace/supervisor")
    String overview(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String agency,
                    @RequestParam(defaultValue = "1") int page, Model model) {
        String code = scope.agency(user, agency);
        model.addAttribute("agency", catalog.agency(code).orElse(null));
        RequestQuery escalated = RequestQuery.escalated(code, page, PAGE_SIZE);
        long total = queries.count(escalated);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("escalated", queries.search(escalated));
        model.addAttribute("escalatedTotal", total);
        model.addAttribute("page", escalated.page());
        model.addAttribute("pages", pages);
        model.addAttribute("previous", escalated.page() > 1 ? link(agency, escalated.page() - 1) : null);
        model.addAttribute("next", escalated.page() < pages ? link(agency, escalated.page() + 1) : null);
        model.addAttribute("breaches", clocks.overdue(code, 100));
        model.addAttribute("summary", feedback.summary(code));
        model.addAttribute("surveys", feedback.surveys(code, 20));
        model.addAttribute("asks", feedback.openReopenAsks(code, 50));
        model.addAttribute("names", new ServiceNames(catalog, org.onecity.platform.web.PageLanguage.current()));
        return "workspace/supervisor";
    }

    static final int PAGE_SIZE = 50;

    private static String link(String agency, int page) {
        var b = org.springframework.web.util.UriComponentsBuilder.fromPath("/workspace/supervisor");
        if (agency != null && !agency.isBlank()) {
            b.queryParam("agency", agency);
        }
        return b.queryParam("page", page).encode().build().toUriString();
    }
}

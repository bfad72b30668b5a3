package org.onecity.workspace.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.requests.Actor;
import org.onecity.requests.ChangeStatus;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestQuery;
import org.onecity.requests.RequestRejected;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.RequestWork;
import org.onecity.requests.ServiceRequest;
import org.onecity.sla.SlaClocks;
import org.onecity.sla.SlaStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's queue: open requests, overdue first, with filters and bulk actions. */
@Controller
class QueueController {

    static final int QUEUE_LIMIT = 500;

    record Row(ServiceRequest request, boolean overdue) {
    }

    private final RequestQueries queries;
    private final RequestWork work;
    private final SlaClocks clocks;
    private final Catalog catalog;
    private final Scope scope;
    private final Clock clock;

    QueueController(RequestQueries queries, RequestWork work, SlaClocks clocks, Catalog catalog, Scope scope,
                    Clock clock) {
        this.queries = queries;
        this.work = work;
        this.clocks = clocks;
        this.catalog = catalog;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/workspace")
    String queue(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String agency,
                 @RequestParam(required = false) String status, @RequestParam(required = false) String service,
                 @RequestParam(required = false) String district, @RequestParam(required = false) Integer olderThanDays,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String code = scope.agency(user, agency);
        Set<String> overdue = clocks.overdue(code, QUEUE_LIMIT).stream().map(SlaStatus::number).collect(Collectors.toSet());
        var now = clock.instant();
        List<Row> rows = queries.search(new RequestQuery(null, null, null, null, null, null, true, List.of(code), 1,
                        QUEUE_LIMIT)).stream()
                .filter(r -> status == null || status.isBlank() || r.status().wire().equals(status))
                .filter(r -> service == null || service.isBlank() || r.serviceCode().equals(service))
                .filter(r -> district == null || district.isBlank() || district.equals(r.districts().communityDistrict())
                        || district.equals(r.districts().borough()))
                .filter(r -> olderThanDays == null || r.requestedAt().isBefore(now.minus(Duration.ofDays(olderThanDays))))
                .map(r -> new Row(r, overdue.contains(r.number())))
                .sorted(Comparator.comparing((Row r) -> !r.overdue())
                        .thenComparing(r -> r.request().expectedAt(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("agency", catalog.agency(code).orElse(null));
        model.addAttribute("agencyCode", code);
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("services", catalog.services().stream().filter(s -> s.agencyCode().equals(code)).toList());
        model.addAttribute("f", new Filters(status, service, district, olderThanDays));
        model.addAttribute("names", new ServiceNames(catalog, org.onecity.web.PageLanguage.current()));
        return htmx != null ? "workspace/queue :: table" : "workspace/queue";
    }

    record Filters(String status, String service, String district, Integer olderThanDays) {
    }

    /** Bulk: acknowledge, start work, or assign to me, for the ticked requests (each checked and scoped). */
    @PostMapping("/workspace/bulk")
    String bulk(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) List<String> numbers,
                @RequestParam String action, RedirectAttributes redirect) {
        int done = 0;
        int refused = 0;
        for (String n : numbers == null ? List.<String>of() : numbers) {
            scope.request(user, n);
            try {
                Actor me = Actor.staff(user.username());
                switch (action) {
                    case "acknowledge" -> work.changeStatus(new ChangeStatus(n, RequestStatus.ACKNOWLEDGED, null, null, false, null, me));
                    case "in_progress" -> work.changeStatus(new ChangeStatus(n, RequestStatus.IN_PROGRESS, null, null, false, null, me));
                    case "assign_me" -> work.assign(n, user.username(), me);
                    default -> throw RequestRejected.invalid("action", "unknown action");
                }
                done++;
            } catch (RequestRejected e) {
                refused++;
            }
        }
        redirect.addAttribute("done", done);
        redirect.addAttribute("refused", refused);
        return "redirect:/workspace";
    }
}

package org.onecity.workspace.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.onecity.accounts.StaffUser;
import org.onecity.catalog.Catalog;
import org.onecity.requests.ChangeStatus;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestQuery;
import org.onecity.requests.RequestRejected;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.RequestWork;
import org.onecity.requests.Sentence;
import org.onecity.requests.ServiceRequest;
import org.onecity.shared.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's queue: open requests, overdue first, with filters (a district code of any layer) and bulk actions;
 * the District column shows the layer {@code onecity.workspace.queue-district-layer} names.
 */
@Controller
class QueueController {

    record Row(ServiceRequest request, boolean overdue) {
    }

    private final RequestQueries queries;
    private final RequestWork work;
    private final Catalog catalog;
    private final Scope scope;
    private final Clock clock;
    private final String districtLayer;

    QueueController(RequestQueries queries, RequestWork work, Catalog catalog, Scope scope,
                    Clock clock, @Value("${onecity.workspace.queue-district-layer:}") String districtLayer) {
        this.queries = queries;
        this.work = work;
        this.catalog = catalog;
        this.scope = scope;
        this.clock = clock;
        this.districtLayer = districtLayer;
    }

    @GetMapping("/workspace")
    String queue(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) String agency,
                 @RequestParam(required = false) String status, @RequestParam(required = false) String service,
                 @RequestParam(required = false) String district, @RequestParam(required = false) Integer olderThanDays,
                 @RequestParam(defaultValue = "1") int page,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String code = scope.agency(user, agency);
        var now = clock.instant();
        String wanted = status == null || status.isBlank() ? null
                : RequestStatus.fromWire(status).filter(s -> s != RequestStatus.CLOSED).map(RequestStatus::wire).orElse(null);
        Instant olderThan = olderThanDays == null || olderThanDays < 0 ? null : now.minus(Duration.ofDays(olderThanDays));
        RequestQuery q = new RequestQuery(null, service == null || service.isBlank() ? null : List.of(service), null,
                olderThan, null, null, true, List.of(code), Math.max(1, page), PAGE_SIZE,
                wanted == null ? null : List.of(wanted), district, RequestQuery.Order.DUE_FIRST);
        long total = queries.count(q);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Row> rows = queries.search(q).stream()
                .map(r -> new Row(r, r.expectedAt() != null && r.expectedAt().isBefore(now)))
                .toList();
        Filters f = new Filters(status, service, district, olderThanDays);
        model.addAttribute("agency", catalog.agency(code).orElse(null));
        model.addAttribute("agencyCode", code);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", q.page());
        model.addAttribute("pages", pages);
        model.addAttribute("previous", q.page() > 1 ? link(agency, f, q.page() - 1) : null);
        model.addAttribute("next", q.page() < pages ? link(agency, f, q.page() + 1) : null);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("services", catalog.services().stream().filter(s -> s.agencyCode().equals(code)).toList());
        model.addAttribute("f", f);
        model.addAttribute("districtLayer", districtLayer);
        model.addAttribute("names", new ServiceNames(catalog, org.onecity.platform.web.PageLanguage.current()));
        return htmx != null ? "workspace/queue :: table" : "workspace/queue";
    }

    static final int PAGE_SIZE = 50;

    private static String link(String agency, Filters f, int page) {
        var b = org.springframework.web.util.UriComponentsBuilder.fromPath("/workspace");
        if (agency != null && !agency.isBlank()) {
            b.queryParam("agency", agency);
        }
        if (f.status() != null && !f.status().isBlank()) {
            b.queryParam("status", f.status());
        }
        if (f.service() != null && !f.service().isBlank()) {
            b.queryParam("service", f.service());
        }
        if (f.district() != null && !f.district().isBlank()) {
            b.queryParam("district", f.district());
        }
        if (f.olderThanDays() != null) {
            b.queryParam("olderThanDays", f.olderThanDays());
        }
        return b.queryParam("page", page).encode().build().toUriString();
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
                Actor me = user.actor();
                switch (action) {
                    case "acknowledge" -> work.changeStatus(new ChangeStatus(n, RequestStatus.ACKNOWLEDGED, null, null, false, null, me));
                    case "in_progress" -> work.changeStatus(new ChangeStatus(n, RequestStatus.IN_PROGRESS, null, null, false, null, me));
                    case "assign_me" -> work.assign(n, user.username(), me);
                    default -> throw RequestRejected.invalid("action", "unknown action",
                            Sentence.of("refusal.unknownAction"));
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

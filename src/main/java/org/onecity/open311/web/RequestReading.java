package org.onecity.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.RequestQuery;
import org.onecity.requests.ServiceRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET requests (with all filters and the paging / change-feed extensions), one request, tokens. */
@RestController
class RequestReading {

    static final Duration MAX_RANGE = Duration.ofDays(90);

    private final Open311Context context;
    private final RequestQueries queries;
    private final Clock clock;

    RequestReading(Open311Context context, RequestQueries queries, Clock clock) {
        this.context = context;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping({"/open311/v2/requests.json", "/open311/v2/requests.xml", "/open311/v2/requests.{format}"})
    ResponseEntity<String> list(HttpServletRequest request) {
        Format f = Format.of(request);
        context.checkJurisdiction(request);
        Map<String, String[]> p = request.getParameterMap();
        RequestQuery query = query(p);
        boolean extensions = "true".equalsIgnoreCase(Params.value(p, "extensions"));
        Documents docs = context.documents(request);
        List<Doc> body = queries.search(query).stream()
                .map(r -> docs.request(r, extensions, extensions ? queries.history(r.number(), true) : List.of()))
                .toList();
        return Rendering.ok(f, "service_requests", body);
    }

    RequestQuery query(Map<String, String[]> p) {
        int max = context.settings().defaultLimit();
        int pageSize = Params.positiveInt("page_size", Params.value(p, "page_size"), max, max);
        int page = Params.positiveInt("page", Params.value(p, "page"), 1, 1_000_000);
        List<String> ids = Params.list(Params.value(p, "service_request_id"));
        if (ids.size() > max) {
            throw Open311Error.badRequest("at most " + max + " service_request_id values at once");
        }
        Boolean open = status(Params.value(p, "status"));
        Instant start = Params.date("start_date", Params.value(p, "start_date"), context.zone());
        Instant end = Params.date("end_date", Params.value(p, "end_date"), context.zone());
        Instant updatedAfter = Params.date("updated_after", Params.value(p, "updated_after"), context.zone());
        Instant updatedBefore = Params.date("updated_before", Params.value(p, "updated_before"), context.zone());
        boolean changeFeed = updatedAfter != null || updatedBefore != null;
        if (start != null && end != null && start.isAfter(end)) {
            throw Open311Error.badRequest("start_date must not be after end_date");
        }
        if (start != null && end != null && Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw Open311Error.badRequest("the date range may not exceed 90 days");
        }
        if (start == null && end == null && !changeFeed) {
            end = clock.instant();
            start = end.minus(MAX_RANGE);
        } else if (start == null && end != null) {
            start = end.minus(MAX_RANGE);
        } else if (start != null && end == null) {
            end = start.plus(MAX_RANGE);
        }
        if (updatedAfter != null && updatedBefore != null && updatedAfter.isAfter(updatedBefore)) {
            throw Open311Error.badRequest("updated_after must not be after updated_before");
        }
        return new RequestQuery(ids, Params.list(Params.value(p, "service_code")), start, end, updatedAfter,
                updatedBefore, open, Params.list(Params.value(p, "agency_responsible")), page, pageSize);
    }

    private static Boolean status(String value) {
        List<String> words = Params.list(value);
        boolean open = false;
        boolean closed = false;
        for (String w : words) {
            switch (w.toLowerCase()) {
                case "open" -> open = true;
                case "closed" -> closed = true;
                default -> throw Open311Error.badRequest("status must be open, closed, or both separated by a comma");
            }
        }
        return open == closed ? null : open;
    }

    @GetMapping("/open311/v2/requests/{id}.{format}")
    ResponseEntity<String> one(@PathVariable String id, @PathVariable String format, HttpServletRequest request) {
        Format f = Format.of(format);
        context.checkJurisdiction(request);
        ServiceRequest r = queries.find(id).orElseThrow(() ->
                Open311Error.notFound("service_request_id", "no service request " + Open311Context.abbreviate(id)));
        boolean extensions = "true".equalsIgnoreCase(Params.value(request, "extensions"));
        Doc doc = context.documents(request).request(r, extensions,
                extensions ? queries.history(r.number(), true) : List.of());
        return Rendering.ok(f, "service_requests", List.of(doc));
    }

    @GetMapping("/open311/v2/tokens/{token}.{format}")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format, HttpServletRequest request) {
        Format f = Format.of(format);
        context.checkJurisdiction(request);
        ServiceRequest r = queries.byToken(token).orElseThrow(() ->
                Open311Error.notFound("token", "no token " + Open311Context.abbreviate(token)));
        return Rendering.ok(f, "service_requests",
                List.of(new Doc().with("service_request_id", r.number()).with("token", token)));
    }
}

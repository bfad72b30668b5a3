package org.onecity.open311.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onecity.open311.ApiClient;
import org.onecity.open311.ApiKeys;
import org.onecity.open311.InboundUpdates;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.ServiceRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** mySociety's servicerequestupdates: the public update feed (GET) and updates from clients (POST). */
@RestController
class UpdatesController {

    private final Open311Context context;
    private final RequestQueries queries;
    private final ApiKeys keys;
    private final InboundUpdates inbound;
    private final Clock clock;

    UpdatesController(Open311Context context, RequestQueries queries, ApiKeys keys, InboundUpdates inbound,
                      Clock clock) {
        this.context = context;
        this.queries = queries;
        this.keys = keys;
        this.inbound = inbound;
        this.clock = clock;
    }

    @GetMapping({"/open311/v2/servicerequestupdates.json", "/open311/v2/servicerequestupdates.xml",
            "/open311/v2/servicerequestupdates.{format}"})
    ResponseEntity<String> feed(HttpServletRequest request) {
        Format f = Format.of(request);
        context.checkJurisdiction(request);
        Map<String, String[]> p = request.getParameterMap();
        Instant end = Params.date("end_date", Params.value(p, "end_date"), context.zone());
        Instant start = Params.date("start_date", Params.value(p, "start_date"), context.zone());
        end = end == null ? clock.instant() : end;
        start = start == null ? end.minus(Duration.ofDays(1)) : start;
        if (start.isAfter(end)) {
            throw Open311Error.badRequest("start_date must not be after end_date");
        }
        if (Duration.between(start, end).compareTo(RequestReading.MAX_RANGE) > 0) {
            throw Open311Error.badRequest("the date range may not exceed 90 days");
        }
        int limit = context.settings().defaultLimit();
        Documents docs = context.documents(request);
        Map<String, ServiceRequest> cache = new java.util.HashMap<>();
        List<Doc> body = queries.publicUpdates(start, end, limit).stream()
                .map(h -> docs.update(h, cache.computeIfAbsent(h.requestNumber(),
                        n -> queries.find(n).orElseThrow())))
                .toList();
        return Rendering.ok(f, "service_requests_updates", body);
    }

    @PostMapping({"/open311/v2/servicerequestupdates.json", "/open311/v2/servicerequestupdates.xml",
            "/open311/v2/servicerequestupdates.{format}"})
    ResponseEntity<String> post(HttpServletRequest request) {
        Format f = Format.of(request);
        Map<String, String[]> p = request.getParameterMap();
        ApiClient client = keys.verify(Params.value(p, "api_key"))
                .orElseThrow(() -> Open311Error.forbidden("a valid api_key is required to post updates"));
        context.checkJurisdiction(request);
        String number = Params.value(p, "service_request_id");
        String updateId = Params.value(p, "update_id");
        String description = Params.value(p, "description");
        String status = Params.value(p, "status");
        if (number == null || updateId == null) {
            throw Open311Error.badRequest("service_request_id and update_id are required");
        }
        if (updateId.length() > 200) {
            throw Open311Error.badRequest("update_id may be at most 200 characters");
        }
        var target = status == null ? null : DetailedStatus.parse(status).orElseThrow(() ->
                Open311Error.badRequest("status " + Open311Context.abbreviate(status) + " is not a known status"));
        if (target == null && description == null) {
            throw Open311Error.badRequest("an update needs a status or a description");
        }
        String name = String.join(" ", java.util.stream.Stream.of(Params.value(p, "first_name"),
                Params.value(p, "last_name")).filter(java.util.Objects::nonNull).toList());
        long id = inbound.apply(client, new InboundUpdates.Update(number, updateId, target == null ? null : target.status(),
                target == null ? null : target.outcome(), description, name.isBlank() ? null : name));
        return Rendering.ok(f, "service_requests_updates",
                List.of(new Doc().with("update_id", String.valueOf(id))));
    }
}

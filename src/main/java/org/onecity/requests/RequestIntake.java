package org.onecity.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.FormAnswers;
import org.onecity.catalog.FormValidation;
import org.onecity.catalog.Open311Type;
import org.onecity.catalog.ServiceType;
import org.onecity.geo.DistrictAssignment;
import org.onecity.requests.RequestEvents.RequestSubmitted;
import org.onecity.routing.Router;
import org.onecity.routing.RoutingDecision;
import org.onecity.shared.PlainText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a new request from any channel: checks it whole, routes it, gives it a number and a due
 * date, and writes it with its history, requester and photos in one transaction.
 */
@Service
public class RequestIntake {

    private final Catalog catalog;
    private final Router router;
    private final RequestRepository requests;
    private final HistoryLog history;
    private final MediaStore media;
    private final ApplicationEventPublisher events;
    private final RequestSettings settings;
    private final Clock clock;

    RequestIntake(Catalog catalog, Router router, RequestRepository requests, HistoryLog history, MediaStore media,
                  ApplicationEventPublisher events, RequestSettings settings, Clock clock) {
        this.catalog = catalog;
        this.router = router;
        this.requests = requests;
        this.history = history;
        this.media = media;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public SubmittedRequest submit(SubmitRequest c) {
        ServiceType service = catalog.service(c.serviceCode()).filter(catalog::offered)
                .orElseThrow(() -> RequestRejected.notFound("service_code",
                        "service_code " + c.serviceCode() + " is not a service of this city"));
        FormAnswers answers = FormValidation.check(service, c.attributes());
        boolean inside = c.lat() == null || c.lon() == null || !Double.isFinite(c.lat()) || !Double.isFinite(c.lon())
                || !settings.requireInsideServiceArea() || router.insideServiceArea(c.lat(), c.lon());
        var problems = IntakeChecks.check(c, service, answers, inside);
        if (!problems.isEmpty()) {
            throw new RequestRejected(problems);
        }
        String key = PlainText.trimToNull(c.idempotencyKey());
        if (key != null) {
            var earlier = requests.idByIdempotencyKey(c.idempotencyScope(), key);
            if (earlier.isPresent()) {
                return new SubmittedRequest(requests.byId(earlier.get()).orElseThrow(), false, List.of());
            }
        }
        Instant now = clock.instant();
        RoutingDecision route = router.route(service, c.lat(), c.lon());
        List<RequestRepository.Nearby> nearby = c.lat() == null ? List.of()
                : requests.openNearNumbers(service.code(), c.lat(), c.lon(), settings.duplicateRadiusMeters(),
                        now.minus(settings.duplicateWindow()), 5);
        Instant due = now.plus(Duration.ofHours(service.slaHours()));
        var row = new RequestRepository.NewRow(service.code(), route.agencyCode(), c.channel(),
                PlainText.trimToNull(c.description()), c.lat(), c.lon(), PlainText.trimToNull(c.address()),
                PlainText.trimToNull(c.addressId()), PlainText.trimToNull(c.zipcode()), districts(route.districts()),
                RequestRows.json(answers.answers()), now, due, notice(service, nearby), c.language(),
                nearby.isEmpty() ? null : nearby.get(0).id(),
                service.type() == Open311Type.BATCH ? UUID.randomUUID().toString() : null,
                key == null ? null : c.idempotencyScope(), key);
        var inserted = requests.insert(row);
        if (inserted.isEmpty()) {
            long existing = requests.idByIdempotencyKey(c.idempotencyScope(), key).orElseThrow();
            return new SubmittedRequest(requests.byId(existing).orElseThrow(), false, List.of());
        }
        long requestId = inserted.get().id();
        requests.insertRequester(requestId, c.requester());
        for (MediaUpload m : c.media()) {
            media.store(requestId, m, MediaPolicy.sniff(m.content()).orElseThrow(), now);
        }
        c.mediaUrls().forEach(u -> requests.insertExternalMedia(requestId, u));
        List<HistoryLog.Line> lines = new ArrayList<>(3);
        lines.add(new HistoryLog.Line("submitted", c.actor(), now, null, RequestStatus.SUBMITTED,
                "Request received by " + c.channel().wire(), true, Map.of("channel", c.channel().wire())));
        lines.add(new HistoryLog.Line("note", Actor.SYSTEM, now, null, null,
                "Routed to " + route.agencyCode() + " (" + route.reason() + ")", false,
                route.ruleId() == null ? Map.of() : Map.of("rule_id", route.ruleId())));
        List<String> candidates = nearby.stream().map(RequestRepository.Nearby::number).toList();
        if (!nearby.isEmpty()) {
            lines.add(new HistoryLog.Line("duplicate_suggested", Actor.SYSTEM, now, null, null,
                    "Likely the same problem as " + candidates.get(0), false, Map.of("candidates", candidates)));
        }
        history.appendAll(requestId, lines);
        // the insert returned the row; read it again only when photos were added to it
        ServiceRequest saved = c.media().isEmpty() && c.mediaUrls().isEmpty() ? inserted.get().request()
                : requests.byId(requestId).orElseThrow();
        events.publishEvent(new RequestSubmitted(saved.number(), saved.serviceCode(), saved.agencyCode(),
                saved.channel(), now, due, saved.districts(), saved.language()));
        return new SubmittedRequest(saved, true, candidates);
    }

    private static RequestDistricts districts(DistrictAssignment d) {
        return new RequestDistricts(code(d.borough()), code(d.communityDistrict()), code(d.zipArea()),
                code(d.alcaldia()));
    }

    private static String code(org.onecity.geo.DistrictRef ref) {
        return ref == null ? null : ref.code();
    }

    private static String notice(ServiceType service, List<RequestRepository.Nearby> nearby) {
        String base = "Expected within " + service.slaHours() + " hours.";
        return nearby.isEmpty() ? base
                : base + " A similar open request is nearby: " + nearby.get(0).number() + ".";
    }
}

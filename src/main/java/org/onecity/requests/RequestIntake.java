package org.onecity.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.FormAnswers;
import org.onecity.catalog.FormValidation;
import org.onecity.catalog.Open311Type;
import org.onecity.catalog.ServiceType;
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
    private final FilingStatement filing;
    private final MediaStore media;
    private final ApplicationEventPublisher events;
    private final RequestSettings settings;
    private final DistrictFields fields;
    private final Clock clock;

    RequestIntake(Catalog catalog, Router router, RequestRepository requests, FilingStatement filing, MediaStore media,
                  ApplicationEventPublisher events, RequestSettings settings, DistrictFields fields, Clock clock) {
        this.catalog = catalog;
        this.router = router;
        this.requests = requests;
        this.filing = filing;
        this.media = media;
        this.events = events;
        this.settings = settings;
        this.fields = fields;
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
        Instant due = now.plus(Duration.ofHours(service.slaHours()));
        var row = new FilingStatement.NewRow(service.code(), route.agencyCode(), c.channel(),
                PlainText.trimToNull(c.description()), c.lat(), c.lon(), PlainText.trimToNull(c.address()),
                PlainText.trimToNull(c.addressId()), PlainText.trimToNull(c.zipcode()), RequestDistricts.of(route.districts()),
                RequestRows.json(answers.answers()), now, due, "Expected within " + service.slaHours() + " hours.",
                c.language(), service.type() == Open311Type.BATCH ? UUID.randomUUID().toString() : null,
                key == null ? null : c.idempotencyScope(), key);
        var filed = filing.file(new FilingStatement.NewRequest(row, c.actor(), now.minus(settings.duplicateWindow()),
                settings.duplicateRadiusMeters(), HistoryNotes.received(c.channel()),
                RequestRows.json(Map.of("channel", c.channel().wire())), HistoryNotes.routed(route, service.code()),
                RequestRows.json(route.ruleId() == null ? Map.of() : Map.of("rule_id", route.ruleId()))));
        if (filed.isEmpty()) {
            long existing = requests.idByIdempotencyKey(c.idempotencyScope(), key).orElseThrow();
            return new SubmittedRequest(requests.byId(existing).orElseThrow(), false, List.of());
        }
        long requestId = filed.get().id();
        requests.insertRequester(requestId, c.requester());
        for (MediaUpload m : c.media()) {
            media.store(requestId, m, MediaPolicy.sniff(m.content()).orElseThrow(), now);
        }
        c.mediaUrls().forEach(u -> requests.insertExternalMedia(requestId, u));
        // the statement returned the row; read it again only when photos were added to it
        ServiceRequest saved = c.media().isEmpty() && c.mediaUrls().isEmpty() ? filed.get().request()
                : requests.byId(requestId).orElseThrow();
        events.publishEvent(new RequestSubmitted(saved.number(), saved.serviceCode(), saved.agencyCode(),
                saved.channel(), now, due, fields.of(saved.districts()), saved.language(),
                PlainText.trimToNull(c.requester().email()) != null));
        return new SubmittedRequest(saved, true, filed.get().candidates());
    }
}

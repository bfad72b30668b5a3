package org.onecity.open311.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.onecity.catalog.Agency;
import org.onecity.catalog.Catalog;
import org.onecity.catalog.ServiceAttribute;
import org.onecity.catalog.ServiceType;
import org.onecity.geo.DistrictLayer;
import org.onecity.requests.HistoryEntry;
import org.onecity.requests.ServiceRequest;
import org.onecity.shared.Language;

/** Builds the Open311 documents from OneCity's records, in one language and time zone. */
final class Documents {

    private final Catalog catalog;
    private final Language lang;
    private final ZoneId zone;
    private final String baseUrl;
    private final List<DistrictLayer> layers;

    Documents(Catalog catalog, Language lang, ZoneId zone, String baseUrl, List<DistrictLayer> layers) {
        this.catalog = catalog;
        this.layers = layers;
        this.lang = lang;
        this.zone = zone;
        this.baseUrl = baseUrl;
    }

    String date(Instant i) {
        return i == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    Doc service(ServiceType s) {
        return new Doc().with("service_code", s.code()).with("service_name", s.name().in(lang))
                .with("description", s.description().in(lang)).with("metadata", s.hasForm())
                .with("type", s.type().wire()).with("keywords", String.join(",", s.keywordsIn(lang)))
                .with("group", s.group().in(lang));
    }

    Doc definition(ServiceType s) {
        List<Doc> attributes = s.attributes().stream().map(this::attribute).toList();
        return new Doc().with("service_code", s.code()).with("attributes", attributes);
    }

    private Doc attribute(ServiceAttribute a) {
        Doc d = new Doc().with("variable", a.variable()).with("code", a.code()).with("datatype", a.datatype().wire())
                .with("required", a.required())
                .with("datatype_description", a.datatypeDescription().isEmpty() ? null : a.datatypeDescription().in(lang))
                .with("order", a.order()).with("description", a.description().in(lang));
        if (a.datatype().isList()) {
            d.with("values", a.values().stream()
                    .map(v -> new Doc().with("key", v.key()).with("name", v.name().in(lang))).toList());
        }
        return d;
    }

    Doc request(ServiceRequest r, boolean extensions, List<HistoryEntry> notes) {
        var service = catalog.service(r.serviceCode());
        Doc d = new Doc().with("service_request_id", r.number())
                .with("status", r.isOpen() ? "open" : "closed").with("status_notes", r.statusNotes())
                .with("service_name", service.map(s -> s.name().in(lang)).orElse(r.serviceCode()))
                .with("service_code", r.serviceCode()).with("description", r.description())
                .with("agency_responsible", catalog.agency(r.agencyCode()).map(a -> a.name().in(lang))
                        .orElse(r.agencyCode()))
                .with("service_notice", r.serviceNotice()).with("requested_datetime", date(r.requestedAt()))
                .with("updated_datetime", date(r.isOpen() ? r.updatedAt() : r.closedAt()))
                .with("expected_datetime", date(r.expectedAt())).with("address", r.address())
                .with("address_id", r.addressId()).with("zipcode", r.zipcode()).with("lat", r.lat())
                .with("long", r.lon()).with("media_url", mediaUrls(r).stream().findFirst().orElse(null));
        if (extensions) {
            d.with("extended_attributes", extended(r));
            d.with("attributes", r.attributes().entrySet().stream()
                    .map(e -> new Doc().with("code", e.getKey()).with("value", e.getValue())).toList());
            d.with("media_urls", mediaUrls(r));
            d.with("notes", notes.stream().map(this::note).toList());
        }
        return d;
    }

    private Doc extended(ServiceRequest r) {
        Doc d = new Doc().with("channel", r.channel().wire())
                .with("detailed_status", DetailedStatus.of(r.status(), r.outcome()))
                .with("duplicate", r.parentNumber() != null)
                .with("parent_service_request_id", r.parentNumber())
                .with("likely_parent_service_request_id", r.likelyParentNumber())
                .with("child_service_request_ids", r.childNumbers().isEmpty() ? null : r.childNumbers())
                .with("agency_code", r.agencyCode());
        for (DistrictLayer layer : layers) {
            d.with(layer.attribute(), r.districts().code(layer.id()));
        }
        return d.with("closed_datetime", date(r.closedAt())).with("resolution", r.resolution());
    }

    private Doc note(HistoryEntry h) {
        return new Doc().with("datetime", date(h.at())).with("description", h.note())
                .with("type", noteType(h)).with("summary", summary(h));
    }

    private static String noteType(HistoryEntry h) {
        return switch (h.kind()) {
            case "submitted" -> "opened";
            case "status_changed" -> "closed".equals(h.toStatus()) ? "closed" : "activity";
            case "merged" -> "closed".equals(h.toStatus()) ? "closed" : "activity";
            default -> "activity";
        };
    }

    private static String summary(HistoryEntry h) {
        return switch (h.kind()) {
            case "submitted" -> "Request opened";
            case "status_changed" -> "Status changed to " + h.toStatus();
            case "reopened" -> "Request reopened";
            case "merged" -> "Duplicate merged";
            default -> "Update";
        };
    }

    Doc update(HistoryEntry h, ServiceRequest r) {
        String status = h.toStatus() != null
                ? org.onecity.requests.RequestStatus.fromWire(h.toStatus())
                        .map(s -> DetailedStatus.of(s, s == org.onecity.requests.RequestStatus.CLOSED ? r.outcome() : null))
                        .orElse("OPEN")
                : DetailedStatus.of(r.status(), r.outcome());
        return new Doc().with("update_id", String.valueOf(h.id())).with("service_request_id", h.requestNumber())
                .with("status", status).with("description", h.note() == null ? "" : h.note())
                .with("updated_datetime", date(h.at()))
                .with("media_url", mediaUrls(r).stream().findFirst().orElse(null));
    }

    List<String> mediaUrls(ServiceRequest r) {
        var own = r.mediaIds().stream().map(id -> baseUrl + "/media/" + id).toList();
        var all = new java.util.ArrayList<>(own);
        all.addAll(r.externalMediaUrls());
        return all;
    }

    Doc discovery(String changeset, String contact, String keyService) {
        var endpoint = new Doc().with("specification", "http://wiki.open311.org/GeoReport_v2")
                .with("url", baseUrl + "/open311/v2").with("changeset", changeset).with("type", "production")
                .with("formats", List.of("text/xml", "application/json"));
        return new Doc().with("changeset", changeset).with("contact", contact).with("key_service", keyService)
                .with("endpoints", List.of(endpoint));
    }

    static Map<String, Object> error(int code, String description) {
        return new Doc().with("code", code).with("description", description);
    }

    Agency agencyOrNull(String code) {
        return catalog.agency(code).orElse(null);
    }
}

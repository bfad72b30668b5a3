package org.onecity.imports.mapping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onecity.catalog.ServiceType;
import org.onecity.geo.DistrictAssignment;
import org.onecity.geo.Districts;
import org.onecity.imports.source.SourceRecord;
import org.onecity.requests.Channel;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.RequestDistricts;
import org.onecity.requests.RequestLimits;
import org.onecity.requests.RequestStatus;
import org.onecity.requests.StagedRow;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one source record into a staged row by the mapping, or rejects it; every repair and
 * rejection carries its reason. The rules are in the mappings README. Thread-safe.
 */
public final class RowMapper {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, RequestStatus> STATUSES = wire(RequestStatus.values(), RequestStatus::wire);
    private static final Map<String, ClosureOutcome> OUTCOMES = wire(ClosureOutcome.values(), ClosureOutcome::wire);
    private static final Map<String, Channel> CHANNELS = wire(Channel.values(), Channel::wire);

    private final Mapping mapping;
    private final ServiceLookup catalog;
    private final Districts districts;
    private final Map<String, Values> fields = new HashMap<>();
    private final Classifier classifier;
    /** Rows share the districts of their place: one value (and one column text) per combination. */
    private final Map<DistrictAssignment, RequestDistricts> districtCodes = new BoundedCache<>(10_000);

    public RowMapper(Mapping mapping, ServiceLookup catalog, Districts districts) {
        this.mapping = mapping;
        this.catalog = catalog;
        this.districts = districts;
        ZoneId zone = ZoneId.of(mapping.timeZone());
        mapping.fields().forEach((name, rule) -> fields.put(name, new Values(rule, zone)));
        this.classifier = new Classifier(mapping, catalog, zone);
    }

    public Mapping mapping() {
        return mapping;
    }

    public MappedRecord map(SourceRecord r) {
        List<String> problems = new ArrayList<>(2);
        List<String> repairs = new ArrayList<>(2);
        String key = text(r, "key");
        if (key == null) {
            return new MappedRecord(r.line(), null, null, List.of("missing source key"));
        }
        Instant requested = date(r, "requested_at", "created date", problems, true);
        String agency = text(r, "agency");
        if (agency == null) {
            problems.add("missing agency");
        } else if (!catalog.knowsAgency(agency)) {
            problems.add("unknown agency '" + raw(r, "agency") + "'");
        }
        ServiceType service = agency == null ? null : classifier.service(agency, text(r, "service_type"), problems, repairs);
        if (!problems.isEmpty()) {
            return new MappedRecord(r.line(), key, null, problems);
        }
        Map<String, Object> answers = classifier.answers(r, service, repairs);
        RequestStatus status = status(r, repairs);
        Instant closed = date(r, "closed_at", "closed date", repairs, false);
        Instant updated = date(r, "updated_at", "update date", repairs, false);
        Instant due = date(r, "expected_at", "due date", repairs, false);
        String resolution = bounded(text(r, "resolution"), RequestLimits.RESOLUTION, "resolution", repairs);
        ClosureOutcome outcome = null;
        if (status == RequestStatus.CLOSED) {
            if (closed == null) {
                closed = updated != null && !updated.isBefore(requested) ? updated : requested;
                repairs.add("closed without a closed date: closed at " + closed);
            } else if (closed.isBefore(requested)) {
                repairs.add("closed before created (closed " + raw(r, "closed_at") + ", created "
                        + raw(r, "requested_at") + "): closed date set to the created date");
                closed = requested;
            }
            outcome = OUTCOMES.get(classifier.outcome(resolution));
        } else if (closed != null) {
            repairs.add("closed date " + raw(r, "closed_at") + " on a request with status " + raw(r, "status")
                    + ": ignored");
            closed = null;
        }
        Instant touched = latest(requested, closed, updated);
        Located point = point(r, repairs);
        String address = bounded(text(r, "address"), RequestLimits.ADDRESS, "address", repairs);
        String addressId = bounded(text(r, "address_id"), RequestLimits.ADDRESS_ID, "address id", repairs);
        String zip = text(r, "zipcode");
        if (zip != null && zip.length() > RequestLimits.ZIPCODE) {
            repairs.add("ZIP code '" + zip + "' too long: dropped");
            zip = null;
        }
        if (point == null && address == null && addressId == null) {
            repairs.add(0, "no location: no coordinates, address or address id");
            return new MappedRecord(r.line(), key, null, repairs);
        }
        DistrictAssignment d = point == null ? DistrictAssignment.NONE : point.districts();
        String number = mapping.number().replace("{key}", key).replace("{SOURCE}", mapping.source().toUpperCase(Locale.ROOT))
                .replace("{source}", mapping.source());
        String description = bounded(text(r, "description"), RequestLimits.DESCRIPTION, "description", repairs);
        StagedRow row = new StagedRow(r.line(), key, number, service.code(), agency, status, outcome,
                channel(r, repairs), description, point == null ? null : point.lat(), point == null ? null : point.lon(),
                address, addressId, zip, districtCodes.computeIfAbsent(d, RequestDistricts::of),
                JSON.writeValueAsString(answers), requested, touched, due, closed, resolution);
        return new MappedRecord(r.line(), key, row, repairs);
    }

    private RequestStatus status(SourceRecord r, List<String> repairs) {
        Values v = fields.get("status");
        if (v == null) {
            return RequestStatus.SUBMITTED;
        }
        String raw = v.raw(r);
        RequestStatus mapped = STATUSES.get(v.text(r));
        if (raw != null && !v.known(raw) || mapped == null) {
            String fallback = mapping.field("status").defaultValue() == null ? RequestStatus.SUBMITTED.wire()
                    : mapping.field("status").defaultValue();
            repairs.add("unknown status '" + raw + "': read as " + fallback);
            return STATUSES.getOrDefault(fallback, RequestStatus.SUBMITTED);
        }
        return mapped;
    }

    private Channel channel(SourceRecord r, List<String> repairs) {
        Values v = fields.get("channel");
        String fallback = mapping.field("channel") == null || mapping.field("channel").defaultValue() == null
                ? Channel.PHONE.wire() : mapping.field("channel").defaultValue();
        if (v == null) {
            return CHANNELS.getOrDefault(fallback, Channel.PHONE);
        }
        String raw = v.raw(r);
        String c = v.text(r);
        if (raw != null && !v.known(raw) || c != null && !CHANNELS.containsKey(c)) {
            repairs.add("unknown channel '" + raw + "': read as " + fallback);
            return CHANNELS.getOrDefault(fallback, Channel.PHONE);
        }
        return CHANNELS.getOrDefault(c == null ? fallback : c, Channel.PHONE);
    }

    private record Located(double lat, double lon, DistrictAssignment districts) {
    }

    /** The coordinates with their districts (one lookup); null when absent, unreadable or outside every district. */
    private Located point(SourceRecord r, List<String> repairs) {
        String lat = text(r, "lat");
        String lon = text(r, "lon");
        if (lat == null && lon == null) {
            return null;
        }
        try {
            double la = Double.parseDouble(lat);
            double lo = Double.parseDouble(lon);
            DistrictAssignment d = districts.locate(la, lo);
            if (d.isEmpty()) {
                repairs.add("coordinates outside the city (" + lat + ", " + lon + "): dropped");
                return null;
            }
            return new Located(la, lo, d);
        } catch (RuntimeException e) {
            repairs.add("unreadable coordinates (" + lat + ", " + lon + "): dropped");
            return null;
        }
    }

    private Instant date(SourceRecord r, String field, String what, List<String> problems, boolean required) {
        Values v = fields.get(field);
        String text = v == null ? null : v.raw(r);
        if (text == null) {
            if (required) {
                problems.add("missing " + what);
            }
            return null;
        }
        Instant i = v.instant(text);
        if (i == null) {
            problems.add("unparseable " + what + " '" + text + "'" + (required ? "" : ": left empty"));
        }
        return i;
    }

    private String text(SourceRecord r, String field) {
        Values v = fields.get(field);
        return v == null ? null : v.text(r);
    }

    private String raw(SourceRecord r, String field) {
        Values v = fields.get(field);
        return v == null ? null : v.raw(r);
    }

    private static String bounded(String s, int max, String what, List<String> repairs) {
        if (s != null && s.length() > max) {
            repairs.add(what + " longer than " + max + " characters: cut");
            return s.substring(0, max);
        }
        return s;
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant m = a;
        if (b != null && b.isAfter(m)) {
            m = b;
        }
        return c != null && c.isAfter(m) ? c : m;
    }

    private static <E> Map<String, E> wire(E[] values, java.util.function.Function<E, String> wire) {
        Map<String, E> byWire = new HashMap<>();
        for (E e : values) {
            byWire.put(wire.apply(e), e);
        }
        return java.util.Collections.unmodifiableMap(byWire);
    }
}

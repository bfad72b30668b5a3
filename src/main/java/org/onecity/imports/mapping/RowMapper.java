package org.onecity.imports.mapping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.onecity.catalog.ServiceAttribute;
import org.onecity.catalog.ServiceType;
import org.onecity.geo.DistrictAssignment;
import org.onecity.geo.DistrictRef;
import org.onecity.geo.Districts;
import org.onecity.imports.source.SourceRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one source record into a staged row by the mapping, or rejects it; every repair and
 * rejection carries its reason. The rules are in the mappings README. Thread-safe.
 */
public final class RowMapper {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> OPEN = List.of("submitted", "acknowledged", "assigned", "in_progress",
            "action_scheduled", "reopened");

    private final Mapping mapping;
    private final ServiceLookup catalog;
    private final Districts districts;
    private final Map<String, Values> fields = new HashMap<>();
    private final Map<String, Values> attributes = new LinkedHashMap<>();
    private final Map<String, String> serviceValues = new HashMap<>();
    private final List<Map.Entry<Pattern, String>> outcomes = new ArrayList<>();
    private final Map<String, String> outcomeOf = new java.util.concurrent.ConcurrentHashMap<>();

    public RowMapper(Mapping mapping, ServiceLookup catalog, Districts districts) {
        this.mapping = mapping;
        this.catalog = catalog;
        this.districts = districts;
        ZoneId zone = ZoneId.of(mapping.timeZone());
        mapping.fields().forEach((name, rule) -> fields.put(name, new Values(rule, zone)));
        mapping.attributes().forEach((name, rule) -> attributes.put(name, new Values(rule, zone)));
        mapping.service().values().forEach((k, v) -> serviceValues.put(k.toLowerCase(Locale.ROOT), v));
        mapping.outcome().rules().forEach(m -> outcomes.add(Map.entry(Pattern.compile(m.pattern()), m.outcome())));
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
        ServiceType service = agency == null ? null : service(agency, text(r, "service_type"), problems, repairs);
        if (!problems.isEmpty()) {
            return new MappedRecord(r.line(), key, null, problems);
        }
        Map<String, Object> answers = answers(r, service, repairs);
        String status = status(r, repairs);
        Instant closed = date(r, "closed_at", "closed date", repairs, false);
        Instant updated = date(r, "updated_at", "update date", repairs, false);
        Instant due = date(r, "expected_at", "due date", repairs, false);
        String resolution = bounded(text(r, "resolution"), 4000, "resolution", repairs);
        String outcome = null;
        if ("closed".equals(status)) {
            if (closed == null) {
                closed = updated != null && !updated.isBefore(requested) ? updated : requested;
                repairs.add("closed without a closed date: closed at " + closed);
            } else if (closed.isBefore(requested)) {
                repairs.add("closed before created (closed " + raw(r, "closed_at") + ", created "
                        + raw(r, "requested_at") + "): closed date set to the created date");
                closed = requested;
            }
            outcome = outcome(resolution);
        } else if (closed != null) {
            repairs.add("closed date " + raw(r, "closed_at") + " on a request with status " + raw(r, "status")
                    + ": ignored");
            closed = null;
        }
        Instant touched = latest(requested, closed, updated);
        Located point = point(r, repairs);
        String address = bounded(text(r, "address"), 500, "address", repairs);
        String addressId = bounded(text(r, "address_id"), 100, "address id", repairs);
        String zip = text(r, "zipcode");
        if (zip != null && zip.length() > 20) {
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
        String description = bounded(text(r, "description"), 4000, "description", repairs);
        StagedRow row = new StagedRow(r.line(), key, number, service.code(), agency, status, outcome,
                channel(r, repairs), description, point == null ? null : point.lat(), point == null ? null : point.lon(),
                address, addressId, zip, code(d.borough()), code(d.communityDistrict()), code(d.zipArea()),
                code(d.alcaldia()), JSON.writeValueAsString(answers), requested, touched, due, closed, resolution);
        return new MappedRecord(r.line(), key, row, repairs);
    }

    private ServiceType service(String agency, String type, List<String> problems, List<String> repairs) {
        String explicit = type == null ? null : serviceValues.getOrDefault((agency + "|" + type).toLowerCase(Locale.ROOT),
                serviceValues.get(type.toLowerCase(Locale.ROOT)));
        var found = explicit != null ? catalog.byCode(explicit) : type == null ? java.util.Optional.<ServiceType>empty()
                : catalog.find(agency, type);
        if (found.isPresent()) {
            return found.get();
        }
        String what = type == null ? "missing complaint type" : "unknown complaint type '" + type + "' of " + agency;
        if ("reject".equals(mapping.service().unmapped())) {
            problems.add(what);
            return null;
        }
        var catchAll = catalog.byCode(mapping.service().unmapped());
        if (catchAll.isEmpty()) {
            problems.add(what + " (and the catch-all service " + mapping.service().unmapped() + " does not exist)");
            return null;
        }
        repairs.add(what + ": filed under " + catchAll.get().code());
        return catchAll.get();
    }

    private Map<String, Object> answers(SourceRecord r, ServiceType service, List<String> repairs) {
        Map<String, Object> answers = new LinkedHashMap<>();
        attributes.forEach((code, values) -> {
            String v = values.text(r);
            if (v == null) {
                return;
            }
            ServiceAttribute a = service.attribute(code).orElse(null);
            if (a == null || a.values().isEmpty()) {
                answers.put(a == null ? "source_" + code : code, v);
                return;
            }
            var key = ServiceLookup.valueKey(a, v);
            if (key.isPresent()) {
                answers.put(code, key.get());
            } else {
                answers.put("source_" + code, v);
                repairs.add("unknown " + code + " '" + v + "' for " + service.code() + ": kept as source_" + code);
            }
        });
        return answers;
    }

    private String status(SourceRecord r, List<String> repairs) {
        Values v = fields.get("status");
        if (v == null) {
            return "submitted";
        }
        String raw = v.raw(r);
        String mapped = v.text(r);
        if (raw != null && !v.known(raw) || !("closed".equals(mapped) || OPEN.contains(mapped))) {
            String fallback = mapping.field("status").defaultValue() == null ? "submitted" : mapping.field("status").defaultValue();
            repairs.add("unknown status '" + raw + "': read as " + fallback);
            return fallback;
        }
        return mapped;
    }

    private String channel(SourceRecord r, List<String> repairs) {
        Values v = fields.get("channel");
        String fallback = mapping.field("channel") == null || mapping.field("channel").defaultValue() == null ? "phone"
                : mapping.field("channel").defaultValue();
        if (v == null) {
            return fallback;
        }
        String raw = v.raw(r);
        if (raw != null && !v.known(raw)) {
            repairs.add("unknown channel '" + raw + "': read as " + fallback);
            return fallback;
        }
        String c = v.text(r);
        return c == null ? fallback : c;
    }

    /** The outcome the resolution text implies; resolution texts repeat a lot, so answers are remembered. */
    private String outcome(String resolution) {
        if (resolution == null) {
            return mapping.outcome().defaultOutcome();
        }
        String known = outcomeOf.get(resolution);
        if (known != null) {
            return known;
        }
        String found = mapping.outcome().defaultOutcome();
        for (var rule : outcomes) {
            if (rule.getKey().matcher(resolution).find()) {
                found = rule.getValue();
                break;
            }
        }
        if (outcomeOf.size() < 100_000) {
            outcomeOf.put(resolution, found);
        }
        return found;
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
            if (d.all().isEmpty()) {
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

    private static String code(DistrictRef ref) {
        return ref == null ? null : ref.code();
    }
}

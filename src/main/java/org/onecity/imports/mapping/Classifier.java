package org.onecity.imports.mapping;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.onecity.catalog.ServiceAttribute;
import org.onecity.catalog.ServiceType;
import org.onecity.imports.source.SourceRecord;

/** What kind of request a record is: its catalog service, its attribute answers, and a closed request's outcome. */
final class Classifier {

    private final Mapping mapping;
    private final ServiceLookup catalog;
    private final Map<String, Values> attributes = new LinkedHashMap<>();
    private final Map<String, String> serviceValues = new HashMap<>();
    private final List<Map.Entry<Pattern, String>> outcomes = new ArrayList<>();
    private final Map<String, String> outcomeOf = new ConcurrentHashMap<>();
    /** List answers repeat a lot, and finding one's key compares with every value of the list (slugs, names). */
    private final Map<String, Optional<String>> valueKeys = new BoundedCache<>(100_000);

    Classifier(Mapping mapping, ServiceLookup catalog, ZoneId zone) {
        this.mapping = mapping;
        this.catalog = catalog;
        mapping.attributes().forEach((name, rule) -> attributes.put(name, new Values(rule, zone)));
        mapping.service().values().forEach((k, v) -> serviceValues.put(k.toLowerCase(Locale.ROOT), v));
        mapping.outcome().rules().forEach(m -> outcomes.add(Map.entry(Pattern.compile(m.pattern()), m.outcome())));
    }

    ServiceType service(String agency, String type, List<String> problems, List<String> repairs) {
        String explicit = type == null ? null : serviceValues.getOrDefault((agency + "|" + type).toLowerCase(Locale.ROOT),
                serviceValues.get(type.toLowerCase(Locale.ROOT)));
        var found = explicit != null ? catalog.byCode(explicit) : type == null ? Optional.<ServiceType>empty()
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

    Map<String, Object> answers(SourceRecord r, ServiceType service, List<String> repairs) {
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
            var key = valueKeys.computeIfAbsent(service.code() + '|' + code + '|' + v, k -> ServiceLookup.valueKey(a, v));
            if (key.isPresent()) {
                answers.put(code, key.get());
            } else {
                answers.put("source_" + code, v);
                repairs.add("unknown " + code + " '" + v + "' for " + service.code() + ": kept as source_" + code);
            }
        });
        return answers;
    }

    /** The outcome the resolution text implies; resolution texts repeat a lot, so answers are remembered. */
    String outcome(String resolution) {
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
}

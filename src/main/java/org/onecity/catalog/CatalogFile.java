package org.onecity.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.shared.Texts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a catalog document (the format of {@code catalog/demo-catalog.json}): agencies with their
 * escalation chains, and service types with their forms, every text keyed by language.
 */
public record CatalogFile(List<Agency> agencies, List<ServiceType> services) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static CatalogFile read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<Agency> agencies = new ArrayList<>();
        for (JsonNode a : root.path("agencies")) {
            agencies.add(agency(a));
        }
        List<ServiceType> services = new ArrayList<>();
        for (JsonNode s : root.path("services")) {
            services.add(service(s));
        }
        return new CatalogFile(agencies, services);
    }

    public static Agency agency(JsonNode a) {
        List<EscalationLevel> chain = new ArrayList<>();
        for (JsonNode l : a.path("escalation")) {
            chain.add(new EscalationLevel(l.path("level").asInt(), text(l, "role"), texts(l.path("title")),
                    text(l, "person"), l.path("delay_hours").asInt()));
        }
        return new Agency(text(a, "code"), texts(a.path("name")), text(a, "email"), text(a, "phone"),
                text(a, "url"), text(a, "parent"), !a.has("active") || a.path("active").asBoolean(), chain);
    }

    public static ServiceType service(JsonNode s) {
        List<ServiceAttribute> attributes = new ArrayList<>();
        for (JsonNode a : s.path("attributes")) {
            List<AttributeValue> values = new ArrayList<>();
            for (JsonNode v : a.path("values")) {
                values.add(new AttributeValue(text(v, "key"), texts(v.path("name"))));
            }
            attributes.add(new ServiceAttribute(text(a, "code"),
                    Datatype.fromWire(text(a, "datatype")).orElse(null), a.path("required").asBoolean(false),
                    !a.has("variable") || a.path("variable").asBoolean(), a.path("order").asInt(),
                    texts(a.path("description")), texts(a.path("datatype_description")), values));
        }
        Map<String, List<String>> keywords = new LinkedHashMap<>();
        s.path("keywords").properties().forEach(e -> {
            List<String> words = new ArrayList<>();
            e.getValue().forEach(w -> words.add(w.asString()));
            keywords.put(e.getKey(), words);
        });
        return new ServiceType(text(s, "code"), text(s, "agency"), texts(s.path("name")),
                texts(s.path("description")), texts(s.path("group")), keywords, s.path("sla_hours").asInt(),
                Open311Type.fromWire(s.path("type").asString("realtime")).orElse(null),
                !s.has("active") || s.path("active").asBoolean(), attributes);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Texts texts(JsonNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        if (n != null && n.isObject()) {
            n.properties().forEach(e -> m.put(e.getKey(), e.getValue().asString()));
        } else if (n != null && n.isString()) {
            m.put("en", n.asString());
        }
        return new Texts(m);
    }
}

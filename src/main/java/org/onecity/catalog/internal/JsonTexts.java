package org.onecity.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.catalog.AttributeValue;
import org.onecity.shared.Texts;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Translations and value lists as stored in jsonb columns. */
public final class JsonTexts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonTexts() {
    }

    public static Texts texts(String json) {
        if (json == null) {
            return new Texts(null);
        }
        return new Texts(JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { }));
    }

    public static String json(Texts texts) {
        return texts == null ? null : JSON.writeValueAsString(texts.values());
    }

    public static Map<String, List<String>> keywords(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, List<String>>>() { });
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static List<AttributeValue> values(String json) {
        List<Map<String, Object>> raw = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
        return raw.stream().map(m -> {
            @SuppressWarnings("unchecked")
            Map<String, String> name = (Map<String, String>) m.get("name");
            return new AttributeValue((String) m.get("key"), new Texts(name));
        }).toList();
    }

    public static String valuesJson(List<AttributeValue> values) {
        return JSON.writeValueAsString(values.stream()
                .map(v -> Map.of("key", v.key(), "name", v.name().values())).toList());
    }
}

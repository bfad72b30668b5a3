package org.onecity.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A resident-facing text in several languages, keyed by language code ("en", "es", …). Reading
 * it in a language falls back to English, then to any text it has: never to a key.
 */
public record Texts(Map<String, String> values) {

    public Texts {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Texts en(String english) {
        return new Texts(english == null ? Map.of() : Map.of("en", english));
    }

    public String in(Language language) {
        return in(language.code());
    }

    public String in(String code) {
        String v = values.get(code);
        if (v != null && !v.isBlank()) {
            return v;
        }
        v = values.get(Language.ENGLISH.code());
        if (v != null) {
            return v;
        }
        return values.values().stream().findFirst().orElse("");
    }

    public String english() {
        return in(Language.ENGLISH);
    }

    public boolean isEmpty() {
        return values.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}

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

    /**
     * The language of what {@link #in(Language)} shows, when it is not the one asked for (the text
     * fell back to English or another language); null when the text is in the asked language. Pages
     * put it in a {@code lang} attribute so screen readers pronounce the fallback right.
     */
    public String langOf(Language language) {
        String v = values.get(language.code());
        if (v != null && !v.isBlank()) {
            return null;
        }
        if (values.get(Language.ENGLISH.code()) != null) {
            return Language.ENGLISH.code();
        }
        return values.keySet().stream().findFirst().filter(k -> !k.equals(language.code())).orElse(null);
    }

    public String english() {
        return in(Language.ENGLISH);
    }

    public boolean isEmpty() {
        return values.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}

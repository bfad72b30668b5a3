package org.onecity.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the city serves residents in. The set is NYC's designated languages plus Spanish
 * first, as in Mexico City; right-to-left for Arabic and Urdu.
 */
public record Language(String code, String nativeName, boolean rightToLeft) {

    public static final Language ENGLISH = new Language("en", "English", false);
    public static final Language SPANISH = new Language("es", "Español", false);

    public static final List<Language> SUPPORTED = List.of(
            ENGLISH, SPANISH,
            new Language("zh", "中文", false),
            new Language("ru", "Русский", false),
            new Language("bn", "বাংলা", false),
            new Language("ht", "Kreyòl ayisyen", false),
            new Language("ko", "한국어", false),
            new Language("ar", "العربية", true),
            new Language("ur", "اردو", true),
            new Language("fr", "Français", false),
            new Language("pl", "Polski", false));

    public static Optional<Language> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String lang = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.code.equals(lang)).findFirst();
    }

    /**
     * The language to answer in: an explicit parameter first, then the best supported entry of an
     * Accept-Language header, then English.
     */
    public static Language resolve(String parameter, String acceptLanguage) {
        Optional<Language> explicit = of(parameter);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    if (range.getWeight() <= 0) {
                        continue;
                    }
                    Optional<Language> l = of(range.getRange());
                    if (l.isPresent()) {
                        return l.get();
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}

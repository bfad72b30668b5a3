package org.onecity.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onecity.shared.Language;
import org.onecity.shared.Texts;

/** A kind of request residents can make, owned by an agency, with its form and SLA target. */
public record ServiceType(String code, String agencyCode, Texts name, Texts description, Texts group,
                          Map<String, List<String>> keywords, int slaHours, Open311Type type, boolean active,
                          List<ServiceAttribute> attributes) {

    public ServiceType {
        keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    public boolean hasForm() {
        return !attributes.isEmpty();
    }

    public Optional<ServiceAttribute> attribute(String code) {
        return attributes.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** Keywords in a language, falling back to English. */
    public List<String> keywordsIn(Language language) {
        List<String> k = keywords.get(language.code());
        return k == null || k.isEmpty() ? keywords.getOrDefault(Language.ENGLISH.code(), List.of()) : k;
    }
}

package org.onecity.catalog;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.onecity.shared.Language;
import org.onecity.shared.Texts;

/**
 * An answer to an information question ("how does alternate-side parking work?"), in the city's
 * languages: plain text, paragraphs separated by blank lines, never HTML.
 */
public record KnowledgeArticle(String slug, Texts title, Texts body, Texts topic, Map<String, List<String>> keywords,
                               List<String> serviceCodes, boolean published, Instant updatedAt) {

    public KnowledgeArticle {
        keywords = keywords == null ? Map.of() : Map.copyOf(keywords);
        serviceCodes = serviceCodes == null ? List.of() : List.copyOf(serviceCodes);
    }

    /** The body in a language (English if it has none there), split into paragraphs. */
    public List<String> paragraphs(Language language) {
        return Arrays.stream(body.in(language).split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public List<String> keywordsIn(Language language) {
        return keywords.getOrDefault(language.code(), List.of());
    }
}

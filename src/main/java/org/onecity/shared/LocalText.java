package org.onecity.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text written by the system for a page, in the page's language where there is a translation:
 * each part carries the language it is really in (null: the page's own), so pages mark English
 * fallbacks with {@code lang="en"} (templates/fragments/text.html).
 */
public record LocalText(List<Part> parts) implements Serializable {

    public record Part(String text, String lang) implements Serializable {
    }

    public LocalText {
        parts = List.copyOf(parts);
    }

    /** A text as it is, in the given language (null: the page's). */
    public static LocalText literal(String text, String lang) {
        return new LocalText(List.of(new Part(text == null ? "" : text, lang)));
    }

    /** Parts next to each other in the same language joined into one. */
    public static LocalText joined(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (!out.isEmpty() && Objects.equals(out.get(out.size() - 1).lang(), p.lang())) {
                Part last = out.remove(out.size() - 1);
                out.add(new Part(last.text() + p.text(), p.lang()));
            } else {
                out.add(p);
            }
        }
        return new LocalText(out);
    }

    /** An argument from the catalog: in the page's language, or marked with the language it fell back to. */
    public static Part of(Texts texts, Language page) {
        return new Part(texts.in(page), texts.langOf(page));
    }

    public static Part plain(Object value) {
        return new Part(String.valueOf(value), null);
    }

    /** The whole text, without language marks (for tests and plain-text channels). */
    public String text() {
        return parts.stream().map(Part::text).reduce("", String::concat);
    }
}

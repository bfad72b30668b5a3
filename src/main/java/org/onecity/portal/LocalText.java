package org.onecity.portal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.onecity.shared.Language;
import org.onecity.shared.Texts;
import org.springframework.context.MessageSource;

/**
 * A text written by the system for a page, in the page's language where the bundles have it: a
 * sentence from the message bundles with its arguments, each part carrying the language it is
 * really in (null: the page's own), so pages mark English fallbacks with {@code lang="en"}.
 */
public record LocalText(List<Part> parts) implements Serializable {

    public record Part(String text, String lang) implements Serializable {
    }

    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';

    public LocalText {
        parts = List.copyOf(parts);
    }

    /** A text as it is, in the given language (null: the page's). */
    public static LocalText literal(String text, String lang) {
        return new LocalText(List.of(new Part(text == null ? "" : text, lang)));
    }

    /** An argument from the catalog: in the page's language, or marked with the language it fell back to. */
    public static Part of(Texts texts, Language page) {
        return new Part(texts.in(page), texts.langOf(page));
    }

    public static Part plain(Object value) {
        return new Part(String.valueOf(value), null);
    }

    /**
     * The bundle's sentence for {@code key} in the page's language with the arguments in place. When
     * the page's bundle has no translation of its own (the sentence equals the English one), the
     * sentence is marked English.
     */
    public static LocalText message(MessageSource messages, Language page, String key, Part... args) {
        Object[] markers = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            markers[i] = OPEN + Integer.toString(i) + CLOSE;
        }
        String text = messages.getMessage(key, markers, key, page.locale());
        String english = messages.getMessage(key, markers, key, Locale.ENGLISH);
        String frameLang = !Language.ENGLISH.equals(page) && text.equals(english) ? Language.ENGLISH.code() : null;
        List<Part> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int end = c == OPEN ? text.indexOf(CLOSE, i) : -1;
            if (end > i) {
                if (!run.isEmpty()) {
                    out.add(new Part(run.toString(), frameLang));
                    run.setLength(0);
                }
                Part arg = args[Integer.parseInt(text.substring(i + 1, end))];
                out.add(arg.lang() == null ? new Part(arg.text(), frameLang) : arg);
                i = end;
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            out.add(new Part(run.toString(), frameLang));
        }
        return new LocalText(merge(out));
    }

    private static List<Part> merge(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (!out.isEmpty() && java.util.Objects.equals(out.get(out.size() - 1).lang(), p.lang())) {
                Part last = out.remove(out.size() - 1);
                out.add(new Part(last.text() + p.text(), p.lang()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The whole text, without language marks (for tests and plain-text channels). */
    public String text() {
        return parts.stream().map(Part::text).reduce("", String::concat);
    }
}

package org.onecity.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.onecity.requests.Sentence.AgencyCode;
import org.onecity.requests.Sentence.AgencyName;
import org.onecity.requests.Sentence.Arg;
import org.onecity.requests.Sentence.ChannelName;
import org.onecity.requests.Sentence.Clause;
import org.onecity.requests.Sentence.English;
import org.onecity.requests.Sentence.EscalationTitle;
import org.onecity.requests.Sentence.ServiceCode;
import org.onecity.requests.Sentence.StatusName;
import org.onecity.requests.Sentence.Text;
import org.onecity.shared.Language;
import org.onecity.shared.LocalText;
import org.onecity.shared.LocalText.Part;
import org.onecity.shared.Texts;
import org.springframework.context.MessageSource;

/**
 * Says a {@link Sentence} in a page's language: the bundle's sentence for its key with the arguments
 * in place, each part marked with the language it is really in. When the page's bundle has no
 * translation of its own (the sentence equals the English one) the sentence is marked English;
 * catalog names come in the page's language or marked with the one they fell back to.
 */
final class SentenceRenderer {

    /** The catalog's names a sentence may need. */
    interface Names {
        Optional<Texts> agency(String code);

        Optional<Texts> agencyNamed(String english);

        Optional<Texts> service(String code);

        Optional<Texts> escalationTitle(String agencyCode, int level);
    }

    private static final char OPEN = '\u0001';
    private static final char CLOSE = '\u0002';

    private final MessageSource messages;
    private final Names names;

    SentenceRenderer(MessageSource messages, Names names) {
        this.messages = messages;
        this.names = names;
    }

    /** The sentence for a request of {@code agencyCode}; empty when an argument names nothing known. */
    Optional<LocalText> render(Sentence s, Language page, String agencyCode) {
        try {
            return Optional.of(message(s, page, agencyCode));
        } catch (UnknownName e) {
            return Optional.empty();
        }
    }

    private LocalText message(Sentence s, Language page, String agencyCode) {
        List<Part> args = new ArrayList<>();
        for (Arg a : s.args()) {
            args.add(part(a, page, agencyCode));
        }
        return format(page, s.key(), args);
    }

    private Part part(Arg a, Language page, String agencyCode) {
        if (a instanceof Text t) {
            return LocalText.plain(t.value());
        } else if (a instanceof English e) {
            return new Part(e.value(), english(page));
        } else if (a instanceof ChannelName c) {
            return channel(c.wire(), page);
        } else if (a instanceof StatusName s) {
            return LocalText.plain(messages.getMessage("status." + s.wire(), null, s.wire(), page.locale()));
        } else if (a instanceof AgencyCode c) {
            return names.agency(c.code()).map(n -> LocalText.of(n, page)).orElse(LocalText.plain(c.code()));
        } else if (a instanceof AgencyName n) {
            return names.agencyNamed(n.english()).map(t -> LocalText.of(t, page)).orElseThrow(UnknownName::new);
        } else if (a instanceof ServiceCode c) {
            return names.service(c.code()).map(n -> LocalText.of(n, page)).orElse(LocalText.plain(c.code()));
        } else if (a instanceof EscalationTitle t) {
            return names.escalationTitle(agencyCode, t.level()).map(n -> LocalText.of(n, page))
                    .orElse(new Part(t.english(), english(page)));
        } else {
            return whole(message(((Clause) a).sentence(), page, agencyCode));
        }
    }

    /** A nested sentence as one argument; its language mark is kept only when it is wholly in one language. */
    private static Part whole(LocalText t) {
        String lang = t.parts().stream().map(Part::lang).distinct().count() == 1 ? t.parts().get(0).lang() : null;
        return new Part(t.text(), lang);
    }

    private Part channel(String wire, Language page) {
        String key = "channel." + wire;
        String text = messages.getMessage(key, null, wire, page.locale());
        String english = messages.getMessage(key, null, wire, Locale.ENGLISH);
        return new Part(text, !Language.ENGLISH.equals(page) && text.equals(english) ? english(page) : null);
    }

    private LocalText format(Language page, String key, List<Part> args) {
        Object[] markers = new Object[args.size()];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = OPEN + Integer.toString(i) + CLOSE;
        }
        String text = messages.getMessage(key, markers, key, page.locale());
        String inEnglish = messages.getMessage(key, markers, key, Locale.ENGLISH);
        String frameLang = !Language.ENGLISH.equals(page) && text.equals(inEnglish) ? Language.ENGLISH.code() : null;
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
                Part arg = args.get(Integer.parseInt(text.substring(i + 1, end)));
                out.add(arg.lang() == null ? new Part(arg.text(), frameLang) : arg);
                i = end;
            } else {
                run.append(c);
            }
        }
        if (!run.isEmpty()) {
            out.add(new Part(run.toString(), frameLang));
        }
        return LocalText.joined(out);
    }

    private static String english(Language page) {
        return Language.ENGLISH.equals(page) ? null : Language.ENGLISH.code();
    }

    private static final class UnknownName extends RuntimeException {
        UnknownName() {
            super(null, null, false, false);
        }
    }
}

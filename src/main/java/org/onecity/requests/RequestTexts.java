package org.onecity.requests;

import java.util.List;
import org.onecity.catalog.Catalog;
import org.onecity.shared.Language;
import org.onecity.shared.LocalText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What requests says, as a page says it: history lines the system wrote and refusals are said from
 * their {@link Sentence} in the page's language; notes people wrote, and old lines nothing keyed,
 * are shown as they were stored. Other languages than English and Spanish show the English
 * sentence marked {@code lang="en"}.
 */
@Component
public class RequestTexts {

    /** One history entry with its text for the page. */
    public record Line(HistoryEntry entry, LocalText text) {
    }

    private final SentenceRenderer renderer;

    @Autowired
    RequestTexts(MessageSource messages, Catalog catalog) {
        this(new SentenceRenderer(messages, new CatalogNames(catalog)));
    }

    RequestTexts(SentenceRenderer renderer) {
        this.renderer = renderer;
    }

    public List<Line> lines(List<HistoryEntry> history, String agencyCode, Language page) {
        return history.stream().map(h -> new Line(h, text(h, agencyCode, page))).toList();
    }

    /** The line in the page's language (names of the escalation chain from the request's agency). */
    public LocalText text(HistoryEntry h, String agencyCode, Language page) {
        LocalText stored = LocalText.literal(h.note(), null);
        return h.said() == null ? stored : renderer.render(h.said(), page, agencyCode).orElse(stored);
    }

    /**
     * A refusal in the page's language: a {@link RequestRejected} with one problem that says its
     * sentence; anything else as its English message, marked English.
     */
    public LocalText refusal(RuntimeException e, Language page) {
        if (e instanceof RequestRejected r && r.problems().size() == 1 && r.problems().get(0).said() != null) {
            var said = renderer.render(r.problems().get(0).said(), page, null);
            if (said.isPresent()) {
                return said.get();
            }
        }
        return LocalText.literal(e.getMessage(), Language.ENGLISH.equals(page) ? null : Language.ENGLISH.code());
    }
}

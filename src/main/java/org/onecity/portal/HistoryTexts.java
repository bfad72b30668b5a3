package org.onecity.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onecity.catalog.Catalog;
import org.onecity.requests.HistoryEntry;
import org.onecity.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A request's history as a page shows it: lines the system wrote ("Request received by web",
 * "Referred to …", escalations, merges) are rebuilt in the page's language from the entry's kind and
 * structured details, with the stored English note as the source of what the details lack (so
 * rows stored before any of this render too); notes people wrote are shown as they wrote them.
 */
@Component
public class HistoryTexts {

    /** One history entry with its text for the page. */
    public record Line(HistoryEntry entry, LocalText text) {
    }

    private static final Pattern RECEIVED = Pattern.compile("Request received by (\\w+)(?: \\(imported from (.+)\\))?");
    private static final Pattern ROUTED = Pattern.compile("Routed to (\\S+) \\((.*)\\)", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("rule (\\d+): (.*)", Pattern.DOTALL);
    private static final Pattern OWNER = Pattern.compile("service (\\S+) is owned by (\\S+)");
    private static final Pattern LIKELY = Pattern.compile("Likely the same problem as (\\S+)");
    private static final Pattern ASSIGNED = Pattern.compile("Assigned to (.+)", Pattern.DOTALL);
    private static final Pattern REFERRED = Pattern.compile("Referred to (.+)");
    private static final Pattern DUPLICATE_OF = Pattern.compile("Duplicate of (\\S+): follow that request for updates");
    private static final Pattern MERGED = Pattern.compile("Merged duplicate (\\S+)");
    private static final Pattern ESCALATED = Pattern.compile("Overdue: escalated to level (\\d+) \\((.*)\\)");
    private static final Pattern ASKED = Pattern.compile("The resident asked to reopen: (.*)", Pattern.DOTALL);
    private static final Pattern REOPENED = Pattern.compile("Reopened at the resident's request: (.*)", Pattern.DOTALL);
    private static final Pattern SENT_TO = Pattern.compile("(.*) \\(sent to (\\S+)\\)", Pattern.DOTALL);

    private final MessageSource messages;
    private final Catalog catalog;

    HistoryTexts(MessageSource messages, Catalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
    }

    public List<Line> lines(List<HistoryEntry> history, String agencyCode, Language page) {
        return history.stream().map(h -> new Line(h, text(h, agencyCode, page))).toList();
    }

    public LocalText text(HistoryEntry h, String agencyCode, Language page) {
        String note = h.note() == null ? "" : h.note();
        Map<String, Object> d = h.details() == null ? Map.of() : h.details();
        Matcher m;
        switch (h.kind()) {
            case "submitted" -> {
                if ((m = RECEIVED.matcher(note)).matches()) {
                    LocalText.Part channel = channel(m.group(1), page);
                    return m.group(2) == null ? msg(page, "history.received", channel)
                            : msg(page, "history.receivedImported", channel, LocalText.plain(m.group(2)));
                }
            }
            case "duplicate_suggested" -> {
                if ((m = LIKELY.matcher(note)).matches()) {
                    return msg(page, "history.duplicateSuggested", LocalText.plain(m.group(1)));
                }
            }
            case "assigned" -> {
                Object who = d.get("assignee");
                if (who != null && ASSIGNED.matcher(note).matches()) {
                    return msg(page, "history.assigned", LocalText.plain(who));
                }
            }
            case "merged" -> {
                if (d.get("parent") != null && DUPLICATE_OF.matcher(note).matches()) {
                    return msg(page, "history.duplicateOf", LocalText.plain(d.get("parent")));
                }
                if ((m = MERGED.matcher(note)).matches()) {
                    return msg(page, "history.mergedDuplicate", LocalText.plain(m.group(1)));
                }
            }
            case "escalated" -> {
                if ((m = ESCALATED.matcher(note)).matches()) {
                    int level = Integer.parseInt(m.group(1));
                    LocalText.Part title = catalog.agency(agencyCode).flatMap(a -> a.escalationLevel(level))
                            .map(l -> LocalText.of(l.title(), page))
                            .orElse(new LocalText.Part(m.group(2), english(page)));
                    return msg(page, "history.escalated", LocalText.plain(level), title);
                }
            }
            case "reopened" -> {
                if ((m = REOPENED.matcher(note)).matches()) {
                    return msg(page, "history.reopenedAsked", new LocalText.Part(m.group(1), null));
                }
            }
            case "note" -> {
                if ((m = ASKED.matcher(note)).matches()) {
                    return msg(page, "history.askedToReopen", new LocalText.Part(m.group(1), null));
                }
                if ((m = SENT_TO.matcher(note)).matches()) {
                    return msg(page, "history.sentTo", new LocalText.Part(m.group(1), null), LocalText.plain(m.group(2)));
                }
                if ("system".equals(h.actorKind()) && (m = ROUTED.matcher(note)).matches()) {
                    return msg(page, "history.routed", agency(m.group(1), page), reason(m.group(2), page));
                }
                Object to = d.get("referred_to");
                if (to != null) {
                    return msg(page, "history.referred", agency(to.toString(), page));
                }
                if ((m = REFERRED.matcher(note)).matches()) {
                    String name = m.group(1);
                    Optional<LocalText.Part> known = catalog.agencies().stream()
                            .filter(a -> a.name().english().equals(name)).findFirst()
                            .map(a -> LocalText.of(a.name(), page));
                    if (known.isPresent()) {
                        return msg(page, "history.referred", known.get());
                    }
                }
            }
            default -> {
            }
        }
        return LocalText.literal(note, null);
    }

    private LocalText.Part reason(String reason, Language page) {
        Matcher m = RULE.matcher(reason);
        if (m.matches()) {
            return part(msg(page, "history.reasonRule", LocalText.plain(m.group(1)), LocalText.plain(m.group(2))));
        }
        m = OWNER.matcher(reason);
        if (m.matches()) {
            String code = m.group(1);
            LocalText.Part service = catalog.service(code).map(s -> LocalText.of(s.name(), page))
                    .orElse(LocalText.plain(code));
            return part(msg(page, "history.reasonOwner", service, agency(m.group(2), page)));
        }
        return new LocalText.Part(reason, english(page));
    }

    /** A nested sentence as one argument; its language marks are kept only when it is wholly in one language. */
    private static LocalText.Part part(LocalText t) {
        String lang = t.parts().stream().map(LocalText.Part::lang).distinct().count() == 1 ? t.parts().get(0).lang() : null;
        return new LocalText.Part(t.text(), lang);
    }

    private LocalText.Part agency(String code, Language page) {
        return catalog.agency(code).map(a -> LocalText.of(a.name(), page)).orElse(LocalText.plain(code));
    }

    private LocalText.Part channel(String wire, Language page) {
        String key = "channel." + wire;
        String text = messages.getMessage(key, null, wire, page.locale());
        String english = messages.getMessage(key, null, wire, java.util.Locale.ENGLISH);
        return new LocalText.Part(text, !Language.ENGLISH.equals(page) && text.equals(english) ? english(page) : null);
    }

    private LocalText msg(Language page, String key, LocalText.Part... args) {
        return LocalText.message(messages, page, key, args);
    }

    private static String english(Language page) {
        return Language.ENGLISH.equals(page) ? null : Language.ENGLISH.code();
    }
}

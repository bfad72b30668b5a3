package org.onecity.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onecity.requests.RequestRejected;
import org.onecity.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The core's refusals (RequestRejected problems, written in English for API clients) as a page
 * says them: each known refusal maps to a bundle sentence with its arguments; statuses are named
 * in the page's language. A refusal not known here is shown as it is, marked English.
 * {@code RefusalTextsTest} checks that every refusal the request facades raise is known.
 */
@Component
public class RefusalTexts {

    private static final Map<Pattern, String> KNOWN = new LinkedHashMap<>();

    static {
        known("request (\\S+) cannot move from (\\w+) to (\\w+)", "refusal.cannotMove");
        known("close a duplicate by merging it into its parent", "refusal.closeDuplicate");
        known("a reason is required to reopen a request", "refusal.reopenReason");
        known("only a closed request can be reopened", "refusal.reopenOnlyClosed");
        known("the note is empty", "refusal.noteEmpty");
        known("assignee is required \\(at most 100 characters\\)", "refusal.assignee");
        known("request (\\S+) cannot be assigned while (\\w+)", "refusal.cannotAssign");
        known("no service request (\\S+)", "refusal.noRequest");
        known("notes are plain text of at most 4000 characters", "refusal.notePlain");
        known("a reason is required to re-route a request", "refusal.rerouteReason");
        known("no agency (\\S+)", "refusal.noAgency");
        known("a closed request cannot be re-routed", "refusal.rerouteClosed");
        known("request (\\S+) is already with (\\S+)", "refusal.alreadyWith");
        known("a request cannot be merged into itself", "refusal.mergeSelf");
        known("(\\S+) is itself a duplicate of (\\S+)", "refusal.parentIsDuplicate");
        known("(\\S+) is closed and cannot be merged", "refusal.mergeClosed");
        known("(\\S+) has duplicates of its own; merge them first", "refusal.mergeHasDuplicates");
        known("agency (\\S+) is deactivated", "refusal.agencyInactive");
        known("unknown status", "refusal.unknownStatus");
        known("a resolution text is required", "refusal.resolutionRequired");
        known("no such ask on this request", "refusal.noAsk");
        known("unknown action", "refusal.unknownAction");
    }

    private static void known(String regex, String key) {
        KNOWN.put(Pattern.compile(regex, Pattern.DOTALL), key);
    }

    private final MessageSource messages;

    RefusalTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Each problem of the refusal, in the page's language where known. */
    public List<LocalText> of(RequestRejected e, Language page) {
        List<LocalText> out = new ArrayList<>();
        for (RequestRejected.Problem p : e.problems()) {
            out.add(of(p.message(), page));
        }
        return out;
    }

    public LocalText of(String message, Language page) {
        for (var k : KNOWN.entrySet()) {
            Matcher m = k.getKey().matcher(message == null ? "" : message);
            if (m.matches()) {
                LocalText.Part[] args = new LocalText.Part[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = argument(m.group(i + 1), page);
                }
                return LocalText.message(messages, page, k.getValue(), args);
            }
        }
        return LocalText.literal(message, Language.ENGLISH.equals(page) ? null : Language.ENGLISH.code());
    }

    /** True when the message is one this class knows how to say. */
    static boolean knows(String message) {
        return KNOWN.keySet().stream().anyMatch(p -> p.matcher(message).matches());
    }

    private LocalText.Part argument(String value, Language page) {
        if (value.matches("[a-z_]+")) {
            String status = messages.getMessage("status." + value, null, null, page.locale());
            if (status != null) {
                return LocalText.plain(status);
            }
        }
        return LocalText.plain(value);
    }
}

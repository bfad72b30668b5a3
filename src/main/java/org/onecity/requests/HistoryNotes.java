package org.onecity.requests;

import static org.onecity.requests.Sentence.agency;
import static org.onecity.requests.Sentence.text;

import org.onecity.requests.Sentence.ChannelName;
import org.onecity.requests.Sentence.Clause;
import org.onecity.requests.Sentence.EscalationTitle;
import org.onecity.requests.Sentence.ServiceCode;
import org.onecity.routing.RoutingDecision;

/**
 * The lines the system writes into a request's history, each as the English note API clients read
 * (Open311 notes, the JSON APIs: worded as they always were) and the sentence pages say. The bulk
 * path writes its "received" line in SQL ({@link BulkSql}), the duplicate suggestion is written by
 * {@link FilingStatement}.
 */
final class HistoryNotes {

    /** A note and, when the system wrote it, its sentence (null: a person's words, shown as written). */
    record Said(String note, Sentence sentence) {

        static Said person(String note) {
            return new Said(note, null);
        }
    }

    private HistoryNotes() {
    }

    static Said received(Channel channel) {
        return new Said("Request received by " + channel.wire(),
                Sentence.of("history.received", new ChannelName(channel.wire())));
    }

    static Said routed(RoutingDecision route, String serviceCode) {
        Sentence reason = route.ruleId() != null
                ? Sentence.of("history.reasonRule", text(route.ruleId()), text(route.ruleDescription()))
                : Sentence.of("history.reasonOwner", new ServiceCode(serviceCode), agency(route.agencyCode()));
        return new Said("Routed to " + route.agencyCode() + " (" + route.reason() + ")",
                Sentence.of("history.routed", agency(route.agencyCode()), new Clause(reason)));
    }

    static Said assigned(String who) {
        return new Said("Assigned to " + who, Sentence.of("history.assigned", text(who)));
    }

    static Said referred(String agencyCode, String englishName) {
        return new Said("Referred to " + englishName, Sentence.of("history.referred", agency(agencyCode)));
    }

    static Said duplicateOf(String parentNumber) {
        return new Said("Duplicate of " + parentNumber + ": follow that request for updates",
                Sentence.of("history.duplicateOf", text(parentNumber)));
    }

    static Said mergedDuplicate(String childNumber) {
        return new Said("Merged duplicate " + childNumber, Sentence.of("history.mergedDuplicate", text(childNumber)));
    }

    static Said escalated(int level, String title) {
        String english = String.valueOf(title);
        return new Said("Overdue: escalated to level " + level + " (" + english + ")",
                Sentence.of("history.escalated", text(level), new EscalationTitle(level, english)));
    }

    static Said askedToReopen(String reason) {
        return new Said("The resident asked to reopen: " + reason, Sentence.of("history.askedToReopen", text(reason)));
    }

    static Said reopenedAsked(String reason) {
        return new Said("Reopened at the resident's request: " + reason,
                Sentence.of("history.reopenedAsked", text(reason)));
    }

    /** A note on a merged request, sent on to its parent. */
    static Said sentTo(Said note, String childNumber) {
        return new Said(note.note() + " (sent to " + childNumber + ")", Sentence.of("history.sentTo",
                note.sentence() == null ? text(note.note()) : new Clause(note.sentence()), text(childNumber)));
    }
}

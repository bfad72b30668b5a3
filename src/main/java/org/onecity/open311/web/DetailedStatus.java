package org.onecity.open311.web;

import java.util.Optional;
import org.onecity.requests.ClosureOutcome;
import org.onecity.requests.RequestStatus;

/**
 * The extended status vocabulary FixMyStreet and UK councils use (mySociety "Open311 extended"),
 * both ways.
 */
final class DetailedStatus {

    private DetailedStatus() {
    }

    static String of(RequestStatus status, ClosureOutcome outcome) {
        return switch (status) {
            case SUBMITTED -> "OPEN";
            case ACKNOWLEDGED, ASSIGNED -> "INVESTIGATING";
            case IN_PROGRESS -> "IN_PROGRESS";
            case ACTION_SCHEDULED -> "ACTION_SCHEDULED";
            case REOPENED -> "REOPEN";
            case CLOSED -> switch (outcome == null ? ClosureOutcome.RESOLVED : outcome) {
                case RESOLVED -> "FIXED";
                case DUPLICATE -> "DUPLICATE";
                case NOT_CITY_RESPONSIBILITY -> "NOT_COUNCILS_RESPONSIBILITY";
                case NO_FURTHER_ACTION -> "NO_FURTHER_ACTION";
                case CANCELLED -> "CANCELLED";
            };
        };
    }

    /** A status word from a client: the target status and, for closing words, the outcome. */
    record Target(RequestStatus status, ClosureOutcome outcome) {
    }

    static Optional<Target> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (word.trim().toUpperCase()) {
            case "OPEN" -> new Target(RequestStatus.ACKNOWLEDGED, null);
            case "INVESTIGATING", "FOR_TRIAGE", "INTERNAL_REFERRAL" -> new Target(RequestStatus.ACKNOWLEDGED, null);
            case "IN_PROGRESS" -> new Target(RequestStatus.IN_PROGRESS, null);
            case "ACTION_SCHEDULED" -> new Target(RequestStatus.ACTION_SCHEDULED, null);
            case "FIXED", "CLOSED" -> new Target(RequestStatus.CLOSED, ClosureOutcome.RESOLVED);
            case "NOT_COUNCILS_RESPONSIBILITY" -> new Target(RequestStatus.CLOSED, ClosureOutcome.NOT_CITY_RESPONSIBILITY);
            case "NO_FURTHER_ACTION" -> new Target(RequestStatus.CLOSED, ClosureOutcome.NO_FURTHER_ACTION);
            case "CANCELLED" -> new Target(RequestStatus.CLOSED, ClosureOutcome.CANCELLED);
            case "DUPLICATE" -> new Target(RequestStatus.CLOSED, ClosureOutcome.DUPLICATE);
            case "REOPEN" -> new Target(RequestStatus.REOPENED, null);
            default -> null;
        });
    }
}

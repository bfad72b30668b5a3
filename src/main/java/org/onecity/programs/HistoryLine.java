package org.onecity.programs;

import java.time.Instant;

/** One line of an application's history: what was done, by whom, to which status; notes hold no personal data. */
public record HistoryLine(Instant at, String actor, String action, ApplicationStatus status, String note) {
}

package org.onecity.requests;

import java.time.Instant;
import java.util.Map;

/** One line of a request's history: a status change, a note, an escalation … */
public record HistoryEntry(long id, String requestNumber, Instant at, String actor, String actorKind, String kind,
                           String fromStatus, String toStatus, String note, boolean isPublic,
                           Map<String, Object> details) {
}

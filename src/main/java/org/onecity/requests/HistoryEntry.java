package org.onecity.requests;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Map;

/**
 * One line of a request's history: a status change, a note, an escalation … A line the system
 * wrote says its {@link Sentence} (pages say it in their language); {@code note} is the English
 * text API clients read, or what a person wrote (then {@code said} is null).
 */
public record HistoryEntry(long id, String requestNumber, Instant at, String actor, String actorKind, String kind,
                           String fromStatus, String toStatus, String note, boolean isPublic,
                           Map<String, Object> details, @JsonIgnore Sentence said) {
}

package org.onecity.requests;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Map;

/** The events the requests module raises, inside the transaction of the change they describe. */
public final class RequestEvents {

    private RequestEvents() {
    }

    /**
     * A new request. {@code districts} are its district codes by field, one per configured layer (null where it
     * has none: {@code borough}, {@code communityDistrict}, {@code zipArea}, {@code alcaldia}, a city's own …).
     * {@code emailOnFile} says whether the requester left an email (for the confirmation mail); it is not part
     * of the event agency systems receive.
     */
    public record RequestSubmitted(String number, String serviceCode, String agencyCode, Channel channel,
                                   Instant requestedAt, Instant expectedAt, Map<String, String> districts,
                                   String language, @JsonIgnore boolean emailOnFile) {
    }

    public record RequestStatusChanged(String number, String agencyCode, RequestStatus from, RequestStatus to,
                                       String actor, Instant at, String publicNote) {
    }

    public record RequestClosed(String number, String agencyCode, ClosureOutcome outcome, Instant at,
                                String resolution) {
    }

    public record RequestReopened(String number, String agencyCode, Instant at, Instant expectedAt, String reason) {
    }

    public record RequestRerouted(String number, String fromAgency, String toAgency, String reason, Instant at) {
    }

    public record RequestEscalated(String number, String agencyCode, int level, String role, Instant at) {
    }

    public record RequestsMerged(String childNumber, String parentNumber, Instant at) {
    }

    public record RequestNoteAdded(String number, String agencyCode, String note, boolean isPublic, Instant at) {
    }
}

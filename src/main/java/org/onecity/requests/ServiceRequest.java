package org.onecity.requests;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A service request as read: everything but the requester's contact details. */
public record ServiceRequest(
        String number, String serviceCode, String agencyCode, RequestStatus status, ClosureOutcome outcome,
        Channel channel, String description, Double lat, Double lon, String address, String addressId,
        String zipcode, RequestDistricts districts, Map<String, Object> attributes, Instant requestedAt,
        Instant updatedAt, Instant expectedAt, Instant closedAt, String statusNotes, String serviceNotice,
        String resolution, String language, String parentNumber, String likelyParentNumber, String assignedTo,
        int escalationLevel, String token, List<String> mediaIds, List<String> externalMediaUrls,
        List<String> childNumbers) {

    public boolean isOpen() {
        return status.isOpen();
    }
}

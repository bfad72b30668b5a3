package org.onecity.requests;

import java.time.Instant;

/**
 * A request from another system as the bulk API takes it: one row of the staging table that
 * {@link RequestBulkLoad#stage} fills and {@link RequestBulkLoad#load} writes from (see {@link StageCopy} for
 * the columns). Text must fit {@link RequestLimits}; the row must satisfy the checks of requests.service_request
 * (closed ⇔ outcome ⇔ closedAt, closedAt ≥ requestedAt, a location).
 *
 * @param line           the record's line in its file (reported back with conflicts)
 * @param sourceKey      the record's key in its source system, unique per source
 * @param number         the request number to give it
 * @param attributesJson the attribute answers, a JSON object
 */
public record StagedRow(long line, String sourceKey, String number, String serviceCode, String agencyCode,
                        RequestStatus status, ClosureOutcome outcome, Channel channel, String description, Double lat,
                        Double lon, String address, String addressId, String zipcode, RequestDistricts districts,
                        String attributesJson, Instant requestedAt, Instant updatedAt, Instant expectedAt,
                        Instant closedAt, String resolution) {

    public StagedRow {
        java.util.Objects.requireNonNull(status, "status");
        java.util.Objects.requireNonNull(channel, "channel");
        districts = districts == null ? RequestDistricts.NONE : districts;
    }
}

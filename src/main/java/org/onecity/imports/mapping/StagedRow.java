package org.onecity.imports.mapping;

import java.time.Instant;

/** A source record as OneCity will store it: the row written to the staging table. */
public record StagedRow(long line, String sourceKey, String number, String serviceCode, String agencyCode,
                        String status, String outcome, String channel, String description, Double lat, Double lon,
                        String address, String addressId, String zipcode, String borough, String communityDistrict,
                        String zipArea, String alcaldia, String attributesJson, Instant requestedAt,
                        Instant updatedAt, Instant expectedAt, Instant closedAt, String resolution) {
}

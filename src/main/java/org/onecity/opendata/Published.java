package org.onecity.opendata;

import java.time.Instant;

/** One request as published: names resolved, free text scrubbed, sensitive locations coarsened. */
record Published(String number, String serviceCode, String serviceName, String agencyCode, String agencyName,
                 String status, String outcome, String channel, String description, Double lat, Double lon,
                 String address, String addressId, String zipcode, String boroughName, String communityDistrict,
                 String descriptor, Instant requestedAt, Instant updatedAt, Instant expectedAt, Instant closedAt,
                 String statusNotes, String resolution) {
}

package org.onecity.opendata;

import java.time.Instant;
import java.util.Map;

/**
 * One request as published: names resolved, free text scrubbed, sensitive locations coarsened. {@code districts}
 * are the configured published districts (property → code or name, absent where none); {@code nycBoroughName}
 * and {@code nycCommunityDistrict} fill the NYC layout's columns.
 */
record Published(String number, String serviceCode, String serviceName, String agencyCode, String agencyName,
                 String status, String outcome, String channel, String description, Double lat, Double lon,
                 String address, String addressId, String zipcode, Map<String, String> districts,
                 String nycBoroughName, String nycCommunityDistrict, String descriptor, Instant requestedAt,
                 Instant updatedAt, Instant expectedAt, Instant closedAt, String statusNotes, String resolution) {
}

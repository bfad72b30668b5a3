package org.onecity.requests;

import java.time.Instant;
import java.util.List;

/**
 * A search over requests. Null or empty criteria match everything. Numbers, when given, override
 * every other criterion (as Open311 asks). Page is 1-based.
 */
public record RequestQuery(List<String> numbers, List<String> serviceCodes, Instant requestedFrom,
                           Instant requestedTo, Instant updatedAfter, Instant updatedBefore, Boolean open,
                           List<String> agencyCodes, int page, int pageSize) {

    public RequestQuery {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        serviceCodes = serviceCodes == null ? List.of() : List.copyOf(serviceCodes);
        agencyCodes = agencyCodes == null ? List.of() : List.copyOf(agencyCodes);
        page = Math.max(1, page);
        pageSize = Math.max(1, pageSize);
    }
}

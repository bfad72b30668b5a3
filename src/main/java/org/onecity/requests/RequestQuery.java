package org.onecity.requests;

import java.time.Instant;
import java.util.List;

/**
 * A search over requests. Null or empty criteria match everything. Numbers, when given, override
 * every other criterion (as Open311 asks). Page is 1-based. Statuses (wire names) and a district
 * (a district code of any layer: borough, community district, ZIP area, a city's ward …) narrow the search;
 * the order is newest first unless
 * {@link Order#DUE_FIRST} (earliest due date first, so the overdue lead: the agency queue) or
 * {@link Order#MOST_ESCALATED_FIRST} (highest escalation level, then earliest due). {@code escalatedOnly}
 * keeps the requests escalated at least once (the supervisor's view).
 */
public record RequestQuery(List<String> numbers, List<String> serviceCodes, Instant requestedFrom,
                           Instant requestedTo, Instant updatedAfter, Instant updatedBefore, Boolean open,
                           List<String> agencyCodes, int page, int pageSize, List<String> statuses, String district,
                           Order order, boolean escalatedOnly) {

    public enum Order { NEWEST_FIRST, DUE_FIRST, MOST_ESCALATED_FIRST }

    public RequestQuery {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        serviceCodes = serviceCodes == null ? List.of() : List.copyOf(serviceCodes);
        agencyCodes = agencyCodes == null ? List.of() : List.copyOf(agencyCodes);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        district = district == null || district.isBlank() ? null : district.strip();
        order = order == null ? Order.NEWEST_FIRST : order;
        page = Math.max(1, page);
        pageSize = Math.max(1, pageSize);
    }

    public RequestQuery(List<String> numbers, List<String> serviceCodes, Instant requestedFrom, Instant requestedTo,
                        Instant updatedAfter, Instant updatedBefore, Boolean open, List<String> agencyCodes, int page,
                        int pageSize, List<String> statuses, String district, Order order) {
        this(numbers, serviceCodes, requestedFrom, requestedTo, updatedAfter, updatedBefore, open, agencyCodes, page,
                pageSize, statuses, district, order, false);
    }

    /** The open requests of one agency escalated at least once, highest level first. */
    public static RequestQuery escalated(String agencyCode, int page, int pageSize) {
        return new RequestQuery(null, null, null, null, null, null, true, List.of(agencyCode), page, pageSize, null,
                null, Order.MOST_ESCALATED_FIRST, true);
    }

    public RequestQuery(List<String> numbers, List<String> serviceCodes, Instant requestedFrom, Instant requestedTo,
                        Instant updatedAfter, Instant updatedBefore, Boolean open, List<String> agencyCodes, int page,
                        int pageSize) {
        this(numbers, serviceCodes, requestedFrom, requestedTo, updatedAfter, updatedBefore, open, agencyCodes, page,
                pageSize, List.of(), null, Order.NEWEST_FIRST);
    }
}

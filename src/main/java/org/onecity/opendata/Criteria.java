package org.onecity.opendata;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.onecity.requests.RequestExport;

/** Reads the export filters as people type them: dates or date-times, comma-separated codes. */
public final class Criteria {

    private Criteria() {
    }

    /**
     * @param from     a date (start of that day in the city's zone) or an ISO date-time; inclusive
     * @param to       a date (that whole day included) or an ISO date-time (exclusive)
     * @throws IllegalArgumentException when a date cannot be read
     */
    public static RequestExport.Criteria of(String from, String to, List<String> agencies, List<String> services,
                                            ZoneId zone) {
        return new RequestExport.Criteria(instant(from, zone, false), instant(to, zone, true), codes(agencies),
                codes(services));
    }

    private static Instant instant(String s, ZoneId zone, boolean end) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            if (s.length() == 10) {
                LocalDate d = LocalDate.parse(s);
                return (end ? d.plusDays(1) : d).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Not a date (2024-04-16) or date-time (2024-04-16T08:00:00Z): " + s);
        }
    }

    private static List<String> codes(List<String> values) {
        return values == null ? List.of() : values.stream().flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}

package org.onecity.open311.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading Open311 parameters: an empty optional parameter is the same as an absent one. */
final class Params {

    private static final Pattern ATTRIBUTE = Pattern.compile("^attribute\\[([^\\[\\]]{1,60})\\](\\[\\])?$");

    private Params() {
    }

    static String value(Map<String, String[]> params, String name) {
        return first(params.get(name));
    }

    /**
     * One parameter straight from the request: cheaper than the whole map, which the security firewall checks
     * name by name and value by value on every call.
     */
    static String value(jakarta.servlet.http.HttpServletRequest request, String name) {
        return first(request.getParameterValues(name));
    }

    private static String first(String[] v) {
        if (v == null || v.length == 0 || v[0] == null || v[0].isBlank()) {
            return null;
        }
        return v[0].strip();
    }

    static List<String> list(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** An ISO-8601 date-time with a zone, or a plain date meaning its start in the city's zone. */
    static Instant date(String name, String value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException notDate) {
                throw Open311Error.badRequest(name + " must be an ISO-8601 date and time with a zone, e.g. 2026-01-31T00:00:00Z");
            }
        }
    }

    static Double coordinate(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw Open311Error.badRequest(name + " must be a decimal number (WGS84)");
        }
    }

    static int positiveInt(String name, String value, int fallback, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 1 || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw Open311Error.badRequest(name + " must be a whole number from 1 to " + max);
        }
    }

    /** attribute[CODE]=v and attribute[CODE][]=v1&attribute[CODE][]=v2, keyed by CODE. */
    static Map<String, List<String>> attributes(Map<String, String[]> params) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            Matcher m = ATTRIBUTE.matcher(name);
            if (m.matches()) {
                out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).addAll(Arrays.asList(values));
            }
        });
        return out;
    }
}

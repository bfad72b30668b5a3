package org.onecity.geo.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * A decimal number from a query parameter within a range, e.g. {@code lat=40.758}. Refuses what
 * {@link Double#parseDouble} would also take: "NaN", "Infinity", hex, exponents, type suffixes.
 */
final class QueryNumber {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d{1,12}(\\.\\d{0,20})?|\\.\\d{1,20})");

    private QueryNumber() {
    }

    static double parse(String value, String name, double min, double max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw refused(name + " is required", min, max);
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw refused(name + " must be a decimal number", min, max);
        }
        double number = Double.parseDouble(text);
        if (number < min || number > max) {
            throw refused(name + " is out of range", min, max);
        }
        return number;
    }

    private static GeoRequestException refused(String problem, double min, double max) {
        return new GeoRequestException(HttpStatus.BAD_REQUEST,
                problem + " (from " + plain(min) + " to " + plain(max) + ")");
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}

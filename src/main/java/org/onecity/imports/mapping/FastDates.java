package org.onecity.imports.mapping;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * Hand-written readers for the US date patterns of the NYC exports, about ten times cheaper than a
 * {@link java.time.format.DateTimeFormatter}. They only answer for text that is exactly in the pattern
 * and a valid date; anything else returns null and the caller falls back to the formatter, so the
 * results are the formatter's.
 */
final class FastDates {

    private FastDates() {
    }

    /** True when {@link #parse} has a reader for the pattern. */
    static boolean supports(String pattern) {
        return switch (pattern) {
            case "MM/dd/yyyy hh:mm:ss a", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy" -> true;
            default -> false;
        };
    }

    static LocalDateTime parse(String pattern, String t) {
        try {
            return switch (pattern) {
                case "MM/dd/yyyy hh:mm:ss a" -> twelveHour(t);
                case "MM/dd/yyyy HH:mm:ss" -> t.length() == 19 && time(t, 10, ' ') ? at(t, num(t, 11), num(t, 14), num(t, 17)) : null;
                case "MM/dd/yyyy" -> t.length() == 10 ? at(t, 0, 0, 0) : null;
                default -> null;
            };
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDateTime twelveHour(String t) {
        if (t.length() != 22 || !time(t, 10, ' ') || t.charAt(19) != ' ' || (t.charAt(21) | 0x20) != 'm') {
            return null;
        }
        char half = (char) (t.charAt(20) | 0x20);
        int hour = num(t, 11);
        if (half != 'a' && half != 'p' || hour < 1 || hour > 12) {
            return null;
        }
        return at(t, hour % 12 + (half == 'p' ? 12 : 0), num(t, 14), num(t, 17));
    }

    /** "MM/dd/yyyy" at 0, then {@code sep}, "hh:mm:ss" shape. */
    private static boolean time(String t, int at, char sep) {
        return t.charAt(at) == sep && t.charAt(at + 3) == ':' && t.charAt(at + 6) == ':';
    }

    private static LocalDateTime at(String t, int hour, int minute, int second) {
        if (t.charAt(2) != '/' || t.charAt(5) != '/' || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        int month = num(t, 0);
        int day = num(t, 3);
        int year = num(t, 6) * 100 + num(t, 8);
        if (month < 0 || day < 0 || year < 0) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** Two digits at {@code i}, or -1. */
    private static int num(String t, int i) {
        char a = t.charAt(i);
        char b = t.charAt(i + 1);
        return a >= '0' && a <= '9' && b >= '0' && b <= '9' ? (a - '0') * 10 + (b - '0') : -1;
    }
}

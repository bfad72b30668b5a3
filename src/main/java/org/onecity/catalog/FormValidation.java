package org.onecity.catalog;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.onecity.shared.PlainText;

/**
 * Checks attribute answers against a service definition: required answers present, numbers and
 * dates that parse, list answers among the allowed keys, plain text within bounds. Answers to
 * attributes the form does not have, and to display-only attributes, are ignored (Open311
 * clients such as FixMyStreet send their own).
 */
public final class FormValidation {

    static final int MAX_STRING = 1_000;
    static final int MAX_TEXT = 4_000;
    private static final String NOT_A_NUMBER = "must be a number";
    private static final String NOT_A_DATE_TIME = "must be an ISO-8601 date and time with a zone, e.g. 2026-01-31T14:00:00Z";

    private FormValidation() {
    }

    public static FormAnswers check(ServiceType service, Map<String, List<String>> raw) {
        Map<String, Object> answers = new LinkedHashMap<>();
        List<FormAnswers.Problem> problems = new ArrayList<>();
        for (ServiceAttribute a : service.attributes()) {
            if (!a.variable()) {
                continue;
            }
            List<String> given = raw.getOrDefault(a.code(), List.of()).stream()
                    .map(PlainText::trimToNull).filter(v -> v != null).toList();
            if (given.isEmpty()) {
                if (a.required()) {
                    problems.add(new FormAnswers.Problem(a.code(), "attribute[" + a.code() + "] is required",
                            FormAnswers.Issue.MISSING));
                }
                continue;
            }
            String problem = checkOne(a, given);
            if (problem != null) {
                problems.add(new FormAnswers.Problem(a.code(), "attribute[" + a.code() + "] " + problem,
                        problem.equals(NOT_A_NUMBER) ? FormAnswers.Issue.NOT_A_NUMBER
                                : problem.equals(NOT_A_DATE_TIME) ? FormAnswers.Issue.NOT_A_DATE_TIME
                                : FormAnswers.Issue.INVALID));
            } else {
                answers.put(a.code(), a.datatype() == Datatype.MULTIVALUELIST
                        ? List.copyOf(new LinkedHashSet<>(given)) : normalize(a, given.get(0)));
            }
        }
        return new FormAnswers(answers, problems);
    }

    private static String checkOne(ServiceAttribute a, List<String> given) {
        if (a.datatype() != Datatype.MULTIVALUELIST && given.size() > 1) {
            return "takes one value, got " + given.size();
        }
        String v = given.get(0);
        return switch (a.datatype()) {
            case STRING -> text(v, MAX_STRING);
            case TEXT -> text(v, MAX_TEXT);
            case NUMBER -> number(v);
            case DATETIME -> datetime(v);
            case SINGLEVALUELIST -> a.hasValue(v) ? null : "has no value '" + abbreviate(v) + "'";
            case MULTIVALUELIST -> given.stream().filter(x -> !a.hasValue(x)).findFirst()
                    .map(x -> "has no value '" + abbreviate(x) + "'").orElse(null);
        };
    }

    private static Object normalize(ServiceAttribute a, String v) {
        return switch (a.datatype()) {
            case NUMBER -> new BigDecimal(v).stripTrailingZeros().toPlainString();
            case DATETIME -> OffsetDateTime.parse(v).toInstant().toString();
            default -> v;
        };
    }

    private static String text(String v, int max) {
        if (v.length() > max) {
            return "is longer than " + max + " characters";
        }
        if (PlainText.containsMarkup(v)) {
            return "must be plain text, not HTML";
        }
        if (PlainText.containsControlCharacters(v)) {
            return "contains control characters";
        }
        return null;
    }

    private static String number(String v) {
        try {
            BigDecimal n = new BigDecimal(v);
            return n.abs().compareTo(new BigDecimal("1e12")) > 0 ? "is out of range" : null;
        } catch (NumberFormatException e) {
            return NOT_A_NUMBER;
        }
    }

    private static String datetime(String v) {
        try {
            OffsetDateTime.parse(v);
            return null;
        } catch (DateTimeParseException e) {
            return NOT_A_DATE_TIME;
        }
    }

    private static String abbreviate(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}

package org.onecity.catalog;

import java.util.List;
import java.util.Map;

/**
 * Attribute answers checked against a service's form: the normalized answers (a string per
 * single-valued attribute, a list of keys per multivaluelist) or the problems found, each naming
 * the attribute.
 */
public record FormAnswers(Map<String, Object> answers, List<Problem> problems) {

    /** A problem with one attribute's answer: the English message for API clients and what kind of problem it is. */
    public record Problem(String attribute, String message, Issue issue) {
    }

    /** What is wrong with an answer, for pages to say it in their words. */
    public enum Issue { MISSING, NOT_A_NUMBER, NOT_A_DATE_TIME, INVALID }

    public boolean valid() {
        return problems.isEmpty();
    }
}

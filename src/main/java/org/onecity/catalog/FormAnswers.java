package org.onecity.catalog;

import java.util.List;
import java.util.Map;

/**
 * Attribute answers checked against a service's form: the normalized answers (a string per
 * single-valued attribute, a list of keys per multivaluelist) or the problems found, each naming
 * the attribute.
 */
public record FormAnswers(Map<String, Object> answers, List<Problem> problems) {

    public record Problem(String attribute, String message) {
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}

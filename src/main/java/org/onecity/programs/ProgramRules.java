package org.onecity.programs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.onecity.shared.PlainText;
import org.onecity.shared.Texts;

/** What a program entry must satisfy before it is saved: field to the reason it is refused. */
final class ProgramRules {

    private ProgramRules() {
    }

    static Map<String, String> check(Program p, Set<String> agencies) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (p.code() == null || !p.code().matches("[a-z0-9][a-z0-9-]{1,62}[a-z0-9]")) {
            problems.put("code", "code");
        }
        if (p.agencyCode() == null || !agencies.contains(p.agencyCode())) {
            problems.put("agency", "agency");
        }
        text(problems, "name", p.name(), true);
        text(problems, "targetPopulation", p.targetPopulation(), true);
        text(problems, "benefit", p.benefit(), false);
        text(problems, "beneficiariesNote", p.beneficiariesNote(), false);
        if (p.budget2025Mxn() != null && p.budget2025Mxn() < 0) {
            problems.put("budget2025Mxn", "negative");
        }
        if (p.beneficiaries2025() != null && p.beneficiaries2025() < 0) {
            problems.put("beneficiaries2025", "negative");
        }
        if (p.sourceDate() != null && !p.sourceDate().matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
            problems.put("sourceDate", "sourceDate");
        }
        if (p.sourceUrls().size() > 10 || p.sourceUrls().stream()
                .anyMatch(u -> u == null || !u.matches("https?://\\S{3,2000}"))) {
            problems.put("sourceUrls", "sourceUrls");
        }
        return problems;
    }

    private static void text(Map<String, String> problems, String field, Texts t, boolean required) {
        if (t == null || t.values().isEmpty()) {
            if (required) {
                problems.put(field, "required");
            }
            return;
        }
        boolean english = t.values().get("en") != null && !t.values().get("en").isBlank();
        if (!english) {
            problems.put(field, "english");
            return;
        }
        for (var e : t.values().entrySet()) {
            String v = e.getValue();
            if (!e.getKey().matches("[a-z]{2}") || v == null || v.length() > 500 || PlainText.containsMarkup(v) || PlainText.containsControlCharacters(v)) {
                problems.put(field, "text");
                return;
            }
        }
    }
}

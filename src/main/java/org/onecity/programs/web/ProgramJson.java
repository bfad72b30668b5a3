package org.onecity.programs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.programs.Program;
import org.onecity.programs.ProgramsProblem;

/** Programs and refusals as the JSON APIs write them. */
final class ProgramJson {

    private ProgramJson() {
    }

    static Map<String, Object> of(Program p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("agency", p.agencyCode());
        m.put("name", p.name().values());
        m.put("targetPopulation", p.targetPopulation().values());
        m.put("benefit", p.benefit().values());
        m.put("budget2025Mxn", p.budget2025Mxn());
        m.put("beneficiaries2025", p.beneficiaries2025());
        m.put("beneficiariesNote", p.beneficiariesNote().values());
        m.put("newIn2025", p.newIn2025());
        m.put("sourceUrls", p.sourceUrls());
        m.put("sourceDate", p.sourceDate());
        m.put("active", p.active());
        return m;
    }

    static Map<String, Object> errors(ProgramsProblem e) {
        return Map.of("errors", e.fields().entrySet().stream()
                .map(f -> Map.of("field", f.getKey(), "code", f.getValue())).toList());
    }

    static Map<String, Object> error(String message) {
        return Map.of("errors", List.of(Map.of("field", "", "code", message)));
    }
}

package org.onecity.programs.web;

import java.util.List;
import java.util.Map;
import org.onecity.programs.Program;
import org.onecity.programs.Programs;
import org.onecity.programs.ProgramsProblem;
import org.onecity.shared.Texts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Administrators manage the program catalog: list every program, create or replace one by code. */
@RestController
class ProgramsAdminController {

    record ProgramBody(String agency, Map<String, String> name, Map<String, String> targetPopulation,
                       Map<String, String> benefit, Long budget2025Mxn, Long beneficiaries2025,
                       Map<String, String> beneficiariesNote, Boolean newIn2025, List<String> sourceUrls,
                       String sourceDate, Boolean active) {
    }

    private final Programs programs;

    ProgramsAdminController(Programs programs) {
        this.programs = programs;
    }

    @GetMapping("/api/admin/programs")
    List<Map<String, Object>> list() {
        return programs.all().stream().map(ProgramJson::of).toList();
    }

    @PutMapping("/api/admin/programs/{code}")
    ResponseEntity<Map<String, Object>> save(@PathVariable String code, @RequestBody ProgramBody b) {
        boolean exists = programs.find(code).isPresent();
        Program saved = programs.save(new Program(code, b.agency(), new Texts(b.name()),
                new Texts(b.targetPopulation()), new Texts(b.benefit()), b.budget2025Mxn(), b.beneficiaries2025(),
                new Texts(b.beneficiariesNote()), Boolean.TRUE.equals(b.newIn2025()), b.sourceUrls(), b.sourceDate(),
                !Boolean.FALSE.equals(b.active())));
        return ResponseEntity.status(exists ? 200 : 201).body(ProgramJson.of(saved));
    }

    @ExceptionHandler(ProgramsProblem.class)
    ResponseEntity<Map<String, Object>> refused(ProgramsProblem e) {
        return ResponseEntity.status(e.httpStatus()).body(ProgramJson.errors(e));
    }
}

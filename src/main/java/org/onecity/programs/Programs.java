package org.onecity.programs;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.onecity.catalog.Agency;
import org.onecity.catalog.Catalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The program catalog's facade: read programs, save one (checked against the catalog's agencies). */
@Service
public class Programs {

    private final ProgramRepository repository;
    private final Catalog catalog;
    private final Clock clock;

    Programs(ProgramRepository repository, Catalog catalog, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Every program, active or not, by code. */
    public List<Program> all() {
        return repository.all();
    }

    /** The programs an agency is responsible for; every program when {@code agency} is null. */
    public List<Program> ofAgency(String agency) {
        return all().stream().filter(p -> agency == null || agency.equals(p.agencyCode())).toList();
    }

    public Optional<Program> find(String code) {
        return code == null ? Optional.empty() : repository.find(code);
    }

    /** Creates or replaces a program. */
    @Transactional
    public Program save(Program p) {
        check(p);
        repository.save(p, clock.instant(), false);
        return p;
    }

    /** Saves the program unless one with its code exists; returns whether it was added. */
    @Transactional
    public boolean addIfAbsent(Program p) {
        check(p);
        return repository.save(p, clock.instant(), true);
    }

    /** Applications per program code and status (wire names), for these programs. */
    public Map<String, Map<String, Long>> counts(List<String> codes) {
        return repository.counts(codes);
    }

    private void check(Program p) {
        var agencies = catalog.agencies().stream().map(Agency::code).collect(Collectors.toSet());
        var problems = ProgramRules.check(p, agencies);
        if (!problems.isEmpty()) {
            throw ProgramsProblem.invalid(problems);
        }
    }
}

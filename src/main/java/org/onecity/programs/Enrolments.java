package org.onecity.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onecity.people.People;
import org.onecity.people.PersonRef;
import org.onecity.sharing.AgencySystem;
import org.onecity.sharing.Release;
import org.onecity.sharing.ReleaseDecisions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies' reads of a person's enrolments: one release decision per application, with the program's
 * agency as provider and the program as the consent's program, each audited.
 */
@Service
public class Enrolments {

    /** One application as released to the caller. */
    public record Released(Application application, Release release) {
    }

    private final People people;
    private final ApplicationRepository repository;
    private final Programs programs;
    private final ReleaseDecisions decisions;

    Enrolments(People people, ApplicationRepository repository, Programs programs, ReleaseDecisions decisions) {
        this.people = people;
        this.repository = repository;
        this.programs = programs;
        this.decisions = decisions;
    }

    /** Empty when there is no such person. */
    @Transactional
    public Optional<List<Released>> forSystem(AgencySystem system, UUID key, String purpose, String caseRef,
                                              String fields) {
        Optional<PersonRef> person = people.find(key);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        UUID living = person.get().key();
        List<String> subjects = people.consentSubjects(living);
        List<Released> out = new ArrayList<>();
        for (Application a : repository.ofPerson(living)) {
            Program p = programs.find(a.programCode()).orElseThrow();
            Release r = decisions.decide(new ReleaseDecisions.Ask(Enrolment.caller(system.actor()), Enrolment.DATASET,
                    p.agencyCode(), Enrolment.subject(living), purpose, caseRef, Enrolment.requested(fields), subjects,
                    p.code()), Enrolment.values(a));
            out.add(new Released(a, r));
        }
        return Optional.of(out);
    }
}

package org.onecity.programs;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.onecity.people.People;
import org.onecity.sharing.Consents;
import org.springframework.stereotype.Service;

/**
 * A person's consent to share their enrolment data with other agencies for one program (purpose
 * {@code program-eligibility}), recorded and audited by sharing's {@link Consents}.
 */
@Service
public class ProgramConsents {

    private final Consents consents;
    private final People people;
    private final Clock clock;

    ProgramConsents(Consents consents, People people, Clock clock) {
        this.consents = consents;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Records consent given or withdrawn for the program.
     *
     * @param actorKind staff or system
     * @param channel   agent (staff, at an office or by phone) or agency (an agency's system)
     * @param caseRef   the application it was asked with, or null
     */
    public void record(UUID person, String program, boolean given, String by, String actorKind, String channel,
                       String caseRef) {
        consents.record(new Consents.Statement(Enrolment.subject(person), Enrolment.PURPOSE, program, null, given, by,
                actorKind, channel, Enrolment.DATASET, caseRef));
    }

    /** Where the person stands on sharing their enrolment data for the program (with any agency). */
    public Consents.State state(UUID person, String program) {
        List<String> subjects = people.consentSubjects(person);
        return consents.state(subjects.isEmpty() ? List.of(Enrolment.subject(person)) : subjects, Enrolment.PURPOSE,
                program, List.of(), clock.instant());
    }
}

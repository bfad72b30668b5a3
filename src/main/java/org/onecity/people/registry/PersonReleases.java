package org.onecity.people.registry;

import java.util.LinkedHashSet;
import java.util.Set;
import org.onecity.sharing.Caller;
import org.onecity.sharing.Release;
import org.onecity.sharing.ReleaseDecisions;
import org.springframework.stereotype.Component;

/** A person's fields through sharing's one release decision (requested ∩ agreement ∩ consent ∩ role, audited). */
@Component
public class PersonReleases {

    private final ReleaseDecisions decisions;
    private final PersonStore store;

    PersonReleases(ReleaseDecisions decisions, PersonStore store) {
        this.decisions = decisions;
        this.store = store;
    }

    /** The release of a living record to the caller; no fields (null or empty) asks for all of them. */
    public Release release(Caller caller, PersonRecord p, String purpose, String caseRef, Set<String> fields) {
        return decisions.decide(new ReleaseDecisions.Ask(caller, PersonFields.DATASET, p.holderAgency(),
                PersonFields.subject(p.key()), purpose, caseRef,
                fields == null || fields.isEmpty() ? new LinkedHashSet<>(PersonFields.ALL) : fields,
                store.consentSubjects(p.key())), PersonFields.values(p));
    }
}

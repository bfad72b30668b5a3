package org.onecity.people;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onecity.accounts.StaffUser;
import org.onecity.people.registry.PersonFields;
import org.onecity.people.registry.PersonStore;
import org.onecity.sharing.Release;
import org.onecity.sharing.ReleaseDecisions;
import org.springframework.stereotype.Service;

/** The registry's facade for other modules: find a person, read them through the release decision. */
@Service
public class People {

    private final PersonStore store;
    private final ReleaseDecisions decisions;

    People(PersonStore store, ReleaseDecisions decisions) {
        this.store = store;
        this.decisions = decisions;
    }

    /** The person with this key; a merged record resolves to its survivor (follow merged_into). */
    public Optional<PersonRef> find(UUID key) {
        return store.living(key).map(p -> new PersonRef(p.key(), p.holderAgency()));
    }

    /**
     * Staff read of one person through sharing's release decision (audited); empty when no such person.
     * No fields (null or empty) asks for every field of the dataset.
     */
    public Optional<Release> releaseForStaff(StaffUser user, UUID key, String purpose, String caseRef,
                                             Set<String> fields) {
        return store.living(key).map(p -> decisions.decide(new ReleaseDecisions.Ask(PersonFields.caller(user),
                PersonFields.DATASET, p.holderAgency(), PersonFields.subject(p.key()), purpose, caseRef,
                fields == null || fields.isEmpty() ? new LinkedHashSet<>(PersonFields.ALL) : fields,
                store.consentSubjects(p.key())), PersonFields.values(p)));
    }

    /** The consent subjects of a person: "person:<key>" of the person and of every record merged into it. */
    public List<String> consentSubjects(UUID key) {
        return store.living(key).map(p -> store.consentSubjects(p.key())).orElse(List.of());
    }
}

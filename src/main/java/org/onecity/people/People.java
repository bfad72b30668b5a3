package org.onecity.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onecity.accounts.StaffUser;
import org.onecity.people.registry.PersonFields;
import org.onecity.people.registry.PersonReleases;
import org.onecity.people.registry.PersonStore;
import org.onecity.sharing.Release;
import org.springframework.stereotype.Service;

/** The registry's facade for other modules: find a person, read them through the release decision. */
@Service
public class People {

    private final PersonStore store;
    private final PersonReleases releases;

    People(PersonStore store, PersonReleases releases) {
        this.store = store;
        this.releases = releases;
    }

    /** The person with this key; a merged record resolves to its survivor (follow merged_into). */
    public Optional<PersonRef> find(UUID key) {
        return store.living(key).map(p -> new PersonRef(p.key(), p.holderAgency()));
    }

    /** The living person with exactly this CURP (demo data and imports know people by it). */
    public Optional<PersonRef> findByCurp(String curp) {
        return store.living(org.onecity.sharing.BlindIndex.CURP, curp).stream().findFirst()
                .map(p -> new PersonRef(p.key(), p.holderAgency()));
    }

    /**
     * Staff read of one person through sharing's release decision (audited); empty when no such person.
     * No fields (null or empty) asks for every field of the dataset.
     */
    public Optional<Release> releaseForStaff(StaffUser user, UUID key, String purpose, String caseRef,
                                             Set<String> fields) {
        return store.living(key).map(p -> releases.release(PersonFields.caller(user), p, purpose, caseRef, fields));
    }

    /** The consent subjects of a person: "person:<key>" of the person and of every record merged into it. */
    public List<String> consentSubjects(UUID key) {
        return store.living(key).map(p -> store.consentSubjects(p.key())).orElse(List.of());
    }
}

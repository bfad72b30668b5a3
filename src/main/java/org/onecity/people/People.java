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

    /**
     * What self-service needs to reach a registered person: the living record's key, its holder agency,
     * and the email on file (null when there is none).
     */
    public record SelfServiceContact(UUID key, String holderAgency, String email) {
    }

    /** The registry's dataset in agreements and the audit. */
    public static final String DATASET = PersonFields.DATASET;

    private final PersonStore store;
    private final PersonReleases releases;
    private final org.onecity.audit.Audit audit;

    People(PersonStore store, PersonReleases releases, org.onecity.audit.Audit audit) {
        this.store = store;
        this.releases = releases;
        this.audit = audit;
    }

    /**
     * For self-service only (the person asks for a link to their own record, e.g. "who accessed my
     * data"): the living record with exactly this CURP and its email, so the link goes to the address
     * on file and never to the asker. Reading the email is audited (actor kind resident, purpose
     * {@code purpose}, field email, never the value); nothing is audited when there is no email.
     */
    @org.springframework.transaction.annotation.Transactional
    public Optional<SelfServiceContact> contactForSelfService(String curp, String purpose) {
        var found = store.living(org.onecity.vault.BlindIndex.CURP, curp).stream().findFirst();
        found.filter(p -> p.email() != null).ifPresent(p -> audit.record(new org.onecity.audit.AccessRecord(
                "resident", "resident", null, null, purpose, null, "read", PersonFields.DATASET,
                PersonFields.subject(p.key()), List.of("email"), "granted", null)));
        return found.map(p -> new SelfServiceContact(p.key(), p.holderAgency(), p.email()));
    }

    /** The person with this key; a merged record resolves to its survivor (follow merged_into). */
    public Optional<PersonRef> find(UUID key) {
        return store.living(key).map(p -> new PersonRef(p.key(), p.holderAgency()));
    }

    /** The living person with exactly this CURP (demo data and imports know people by it). */
    public Optional<PersonRef> findByCurp(String curp) {
        return store.living(org.onecity.vault.BlindIndex.CURP, curp).stream().findFirst()
                .map(p -> new PersonRef(p.key(), p.holderAgency()));
    }

    /**
     * Staff read of one person through sharing's release decision (audited); empty when no such person.
     * No fields (null or empty) asks for every field of the dataset.
     */
    public Optional<Release> releaseForStaff(StaffUser user, UUID key, String purpose, String caseRef,
                                             Set<String> fields) {
        return store.living(key).map(p -> releases.release(PersonFields.caller(user.actor()), p, purpose, caseRef, fields));
    }

    /** The consent subject and audit subject of a registered person: "person:<key>". */
    public static String subject(UUID key) {
        return PersonFields.subject(key);
    }

    /** The consent subjects of a person: "person:<key>" of the person and of every record merged into it. */
    public List<String> consentSubjects(UUID key) {
        return store.living(key).map(p -> store.consentSubjects(p.key())).orElse(List.of());
    }
}

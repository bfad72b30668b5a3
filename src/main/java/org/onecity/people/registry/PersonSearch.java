package org.onecity.people.registry;

import java.util.List;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.Audit;
import org.onecity.people.Curp;
import org.onecity.shared.PlainText;
import org.onecity.sharing.Caller;
import org.onecity.sharing.Release;
import org.onecity.vault.BlindIndex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search, never browse: one exact identifier (a whole CURP, a phone, an email) or a full name with the
 * birth date, compared through blind indexes; each hit is read through the release decision.
 */
@Service
public class PersonSearch {

    /** What is searched for; exactly one kind of criterion. */
    public record Query(String curp, String phone, String email, String givenNames, String firstSurname,
                        String secondSurname, String birthDate) {

        /** The kind of criterion, or {@code null} when none or several are given. */
        public String kind() {
            boolean name = PlainText.trimToNull(givenNames) != null || PlainText.trimToNull(firstSurname) != null
                    || PlainText.trimToNull(birthDate) != null;
            List<String> kinds = new java.util.ArrayList<>();
            if (PlainText.trimToNull(curp) != null) {
                kinds.add("curp");
            }
            if (PlainText.trimToNull(phone) != null) {
                kinds.add("phone");
            }
            if (PlainText.trimToNull(email) != null) {
                kinds.add("email");
            }
            if (name) {
                kinds.add("name");
            }
            return kinds.size() == 1 ? kinds.get(0) : null;
        }
    }

    /** One person found, with what the release decision gave the searcher. */
    public record Hit(java.util.UUID key, String holderAgency, Release release) {
    }

    private final PersonStore store;
    private final PersonReleases releases;
    private final Audit audit;

    PersonSearch(PersonStore store, PersonReleases releases, Audit audit) {
        this.store = store;
        this.releases = releases;
        this.audit = audit;
    }

    /** The living records that match exactly, each released for the purpose; audited. */
    @Transactional
    public List<Hit> search(Query q, Caller caller, String purpose, String caseRef, java.util.Set<String> fields) {
        String kind = q.kind();
        if (kind == null) {
            throw PersonRejected.of(PersonRejected.Kind.INVALID, "query", "search.one",
                    "search by one of: CURP, phone, email, or full name with birth date");
        }
        List<PersonRecord> found = switch (kind) {
            case "curp" -> Curp.problem(q.curp()).isPresent() ? List.of()
                    : store.living(BlindIndex.CURP, Curp.parse(q.curp()).value());
            case "phone" -> store.living(BlindIndex.PHONE, q.phone());
            case "email" -> store.living(BlindIndex.EMAIL, q.email());
            default -> byName(q);
        };
        audit.record(new AccessRecord(caller.name(), caller.kind(), caller.system(), caller.agency(), purpose, caseRef,
                "search", PersonFields.DATASET, null, List.of(kind), "granted", found.size() + " found"));
        return found.stream().map(p -> new Hit(p.key(), p.holderAgency(),
                releases.release(caller, p, purpose, caseRef, fields))).toList();
    }

    private List<PersonRecord> byName(Query q) {
        if (PlainText.trimToNull(q.givenNames()) == null || PlainText.trimToNull(q.firstSurname()) == null
                || PlainText.trimToNull(q.birthDate()) == null) {
            throw PersonRejected.of(PersonRejected.Kind.INVALID, "query", "search.name",
                    "a name search needs the given names, the first surname and the birth date");
        }
        java.time.LocalDate birth;
        try {
            birth = java.time.LocalDate.parse(q.birthDate().strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw PersonRejected.of(PersonRejected.Kind.INVALID, "birth_date", "birth_date",
                    "the birth date is not a date (yyyy-mm-dd)");
        }
        return store.livingByName(q.givenNames().strip().replaceAll("\\s+", " "),
                q.firstSurname().strip().replaceAll("\\s+", " "), PlainText.trimToNull(q.secondSurname()) == null ? null
                        : q.secondSurname().strip().replaceAll("\\s+", " "), birth);
    }
}

package org.onecity.people.registry;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.Audit;
import org.onecity.catalog.Catalog;
import org.onecity.shared.Actor;
import org.onecity.vault.BlindIndex;
import org.onecity.vault.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers people, idempotent by CURP: a CURP that already has a living record gives that record
 * back. Without a CURP, exact matches by phone, email, or full name and birth date are possible
 * duplicates, shown before anything is written unless the registrar confirms a new person.
 */
@Service
public class Registration {

    /**
     * The outcome: the person written or matched by CURP ({@code null} when possible duplicates stopped
     * the registration), whether it was matched, and the possible duplicates.
     */
    public record Registered(PersonRecord person, boolean matched, List<PersonRecord> possibleDuplicates) {

        public boolean stoppedByDuplicates() {
            return person == null;
        }
    }

    private final PersonStore store;
    private final PersonRules rules;
    private final PersonalData personal;
    private final Audit audit;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final Clock clock;

    Registration(PersonStore store, PersonRules rules, PersonalData personal, Audit audit, Catalog catalog,
                 JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.personal = personal;
        this.audit = audit;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Registers the person for {@code holder}. {@code confirmed}: register even when possible
     * duplicates (no CURP) exist.
     */
    @Transactional
    public Registered register(PersonForm form, String holder, Actor actor, boolean confirmed) {
        if (holder == null || catalog.agency(holder).isEmpty()) {
            throw PersonRejected.of(PersonRejected.Kind.INVALID, "holder_agency", "holder",
                    "name the agency that holds the record");
        }
        if (!Holders.mayChange(actor, holder)) {
            throw PersonRejected.of(PersonRejected.Kind.FORBIDDEN, "holder_agency", "forbidden",
                    "you register people for your own agency only");
        }
        PersonDetails d = rules.check(form);
        if (d.curp() != null) {
            byte[] index = personal.blindIndex(BlindIndex.CURP, d.curp());
            // Two registrations of one CURP at once: the second waits here, then finds the first.
            jdbc.sql("select pg_advisory_xact_lock(?)").param(ByteBuffer.wrap(index).getLong()).query().listOfRows();
            var living = store.living(BlindIndex.CURP, d.curp());
            if (!living.isEmpty()) {
                return new Registered(living.get(0), true, List.of());
            }
        }
        List<PersonRecord> duplicates = d.curp() == null ? possibleDuplicates(d) : List.of();
        if (!duplicates.isEmpty() && !confirmed) {
            return new Registered(null, false, duplicates);
        }
        Instant now = clock.instant();
        PersonRecord p = store.insert(d, holder, actor.name(), now);
        audit.record(AccessRecord.by(actor, "registration",
                null, "create", PersonFields.DATASET, PersonFields.subject(p.key()), filled(p), "granted",
                duplicates.isEmpty() ? null : "registered with " + duplicates.size() + " possible duplicate(s)"));
        return new Registered(p, false, duplicates);
    }

    /** Living records with the same phone, email, or full name and birth date. */
    List<PersonRecord> possibleDuplicates(PersonDetails d) {
        Map<Long, PersonRecord> found = new LinkedHashMap<>();
        for (var p : store.living(BlindIndex.PHONE, d.phone())) {
            found.put(p.id(), p);
        }
        for (var p : store.living(BlindIndex.EMAIL, d.email())) {
            found.put(p.id(), p);
        }
        for (var p : store.livingByName(d.givenNames(), d.firstSurname(), d.secondSurname(), d.birthDate())) {
            found.put(p.id(), p);
        }
        return new ArrayList<>(found.values());
    }

    /** The names of the fields that hold a value. */
    static List<String> filled(PersonRecord p) {
        return PersonFields.values(p).entrySet().stream().filter(e -> Objects.nonNull(e.getValue()))
                .map(Map.Entry::getKey).toList();
    }
}

package org.onecity.people.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onecity.accounts.Role;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.Audit;
import org.onecity.people.PersonMerged;
import org.onecity.shared.Actor;
import org.onecity.sharing.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of one person: the merged one points to the survivor from then on, the survivor
 * keeps its values and takes the merged one's where its own are empty. A supervisor of the agency
 * holding both records, or an administrator, merges; agency systems hear of it through the outbox.
 */
@Service
public class Merges {

    static final String EVENT_TYPE = "org.onecity.person.merged";

    /** The survivor after the merge and the fields it took from the merged record. */
    public record Merged(PersonRecord survivor, UUID merged, List<String> filledIn) {
    }

    private final PersonStore store;
    private final Audit audit;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Merges(PersonStore store, Audit audit, Outbox outbox, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Merged merge(UUID survivorKey, UUID mergedKey, Actor actor) {
        if (survivorKey.equals(mergedKey)) {
            throw PersonRejected.of(PersonRejected.Kind.CONFLICT, "merged", "merge.self",
                    "a record cannot be merged into itself");
        }
        PersonRecord s0 = found(survivorKey, "survivor");
        PersonRecord m0 = found(mergedKey, "merged");
        List<PersonRecord> locked = store.lockBoth(s0.id(), m0.id());
        PersonRecord s = locked.stream().filter(p -> p.id() == s0.id()).findFirst().orElseThrow();
        PersonRecord m = locked.stream().filter(p -> p.id() == m0.id()).findFirst().orElseThrow();
        if (s.merged() || m.merged()) {
            throw PersonRejected.of(PersonRejected.Kind.CONFLICT, s.merged() ? "survivor" : "merged",
                    "merge.already", "record " + (s.merged() ? s.key() : m.key())
                            + " has already been merged into another; merge its survivor instead");
        }
        boolean allowed = Role.ADMIN.heldBy(actor) || Role.SUPERVISOR.heldBy(actor) && actor.agency() != null
                && actor.agency().equals(s.holderAgency()) && actor.agency().equals(m.holderAgency());
        if (!allowed) {
            throw PersonRejected.of(PersonRejected.Kind.FORBIDDEN, "merged", "merge.forbidden",
                    "only a supervisor of the agency holding both records, or an administrator, merges them");
        }
        Instant now = clock.instant();
        store.markMerged(m.id(), s.id(), actor.name(), now);
        Map<String, String> sv = PersonFields.values(s);
        Map<String, String> mv = PersonFields.values(m);
        List<String> filled = new ArrayList<>();
        Map<String, String> result = new LinkedHashMap<>(sv);
        sv.forEach((field, value) -> {
            if (value == null && mv.get(field) != null) {
                result.put(field, mv.get(field));
                filled.add(field);
            }
        });
        if (!filled.isEmpty()) {
            store.fillIn(s, new PersonDetails(result.get("curp"), s.givenNames(), s.firstSurname(),
                    result.get("second_surname"), result.get("birth_date") == null ? null
                    : java.time.LocalDate.parse(result.get("birth_date")), result.get("sex"), result.get("phone"),
                    result.get("email"), result.get("address"), result.get("alcaldia")), actor.name(), now);
        }
        String reason = "merged " + PersonFields.subject(m.key()) + " into " + PersonFields.subject(s.key());
        audit.record(AccessRecord.by(actor, "record-maintenance",
                null, "merge", PersonFields.DATASET, PersonFields.subject(s.key()), filled, "granted", reason));
        audit.record(AccessRecord.by(actor, "record-maintenance",
                null, "merge", PersonFields.DATASET, PersonFields.subject(m.key()), List.of(), "granted", reason));
        PersonMerged event = new PersonMerged(s.key(), m.key(), s.holderAgency(), m.holderAgency(), actor.name(), now);
        events.publishEvent(event);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("survivor", s.key().toString());
        data.put("merged", m.key().toString());
        data.put("survivorHolder", s.holderAgency());
        data.put("mergedHolder", m.holderAgency());
        data.put("at", now.toString());
        outbox.append(EVENT_TYPE, PersonFields.subject(s.key()),
                List.copyOf(new java.util.LinkedHashSet<>(List.of(s.holderAgency(), m.holderAgency()))), data);
        return new Merged(store.byId(s.id()).orElseThrow(), m.key(), filled);
    }

    private PersonRecord found(UUID key, String field) {
        PersonRecord p = store.byKey(key).orElseThrow(() -> PersonRejected.of(PersonRejected.Kind.NOT_FOUND, field,
                "not_found", "no person " + key));
        return p;
    }
}

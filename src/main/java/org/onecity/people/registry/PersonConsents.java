package org.onecity.people.registry;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onecity.audit.AccessRecord;
import org.onecity.shared.Actor;
import org.onecity.sharing.Consents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's consent to share their data for a purpose, as the holder agency's staff record it on
 * the person's behalf (given or withdrawn, for every consumer); sharing audits each statement.
 */
@Service
public class PersonConsents {

    private final PersonStore store;
    private final Consents consents;
    private final Clock clock;

    PersonConsents(PersonStore store, Consents consents, Clock clock) {
        this.store = store;
        this.consents = consents;
        this.clock = clock;
    }

    /** Records the statement under the living record's key; only the holder agency (or an administrator). */
    @Transactional
    public void record(UUID key, String purpose, boolean given, Actor actor) {
        PersonRecord p = store.living(key).orElseThrow(() -> PersonRejected.of(PersonRejected.Kind.NOT_FOUND, "key",
                "not_found", "no person " + key));
        if (!Holders.mayChange(actor, p.holderAgency())) {
            throw PersonRejected.of(PersonRejected.Kind.FORBIDDEN, "key", "forbidden",
                    "only the holder agency (" + p.holderAgency() + ") records this person's consent");
        }
        consents.record(new Consents.Statement(PersonFields.subject(p.key()), purpose, null, null, given, actor.name(),
                AccessRecord.kindOf(actor), actor.is(Actor.Kind.AGENCY_SYSTEM) ? "agency" : "agent", PersonFields.DATASET, null));
    }

    /** The person's consent for each purpose, as it applies to every consumer (GIVEN, WITHDRAWN or NONE). */
    public Map<String, String> states(UUID key, List<String> purposes) {
        List<String> subjects = store.consentSubjects(key);
        Map<String, String> states = new LinkedHashMap<>();
        for (String purpose : purposes) {
            states.put(purpose, consents.state(subjects, purpose, List.of(), clock.instant()).name());
        }
        return states;
    }
}

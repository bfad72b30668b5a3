package org.onecity.people.registry;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.onecity.audit.AccessRecord;
import org.onecity.audit.Audit;
import org.onecity.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The holder agency's staff change a person's contact details: checked, re-sealed, re-indexed, audited. */
@Service
public class ContactUpdate {

    private final PersonStore store;
    private final PersonRules rules;
    private final Audit audit;
    private final Clock clock;

    ContactUpdate(PersonStore store, PersonRules rules, Audit audit, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The record after the change; the fields left as they were are not audited as changed. */
    @Transactional
    public PersonRecord update(UUID key, String phone, String email, String address, String alcaldia, Actor actor) {
        PersonRecord p = store.living(key).orElseThrow(() -> PersonRejected.of(PersonRejected.Kind.NOT_FOUND, "key",
                "not_found", "no person " + key));
        if (!Holders.mayChange(actor, p.holderAgency())) {
            throw PersonRejected.of(PersonRejected.Kind.FORBIDDEN, "key", "forbidden",
                    "only the holder agency (" + p.holderAgency() + ") changes this person's contact details");
        }
        PersonRules.Contact c = rules.checkContact(phone, email, address, alcaldia);
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(c.phone(), p.phone())) {
            changed.add("phone");
        }
        if (!Objects.equals(c.email(), p.email())) {
            changed.add("email");
        }
        if (!Objects.equals(c.address(), p.address())) {
            changed.add("address");
        }
        if (!Objects.equals(c.alcaldia(), p.alcaldia())) {
            changed.add("alcaldia");
        }
        if (changed.isEmpty()) {
            return p;
        }
        store.updateContact(p.id(), c.phone(), c.email(), c.address(), c.alcaldia(), actor.name(), clock.instant());
        audit.record(AccessRecord.by(actor, "registration", null,
                "update", PersonFields.DATASET, PersonFields.subject(p.key()), changed, "granted", null));
        return store.byId(p.id()).orElseThrow();
    }
}

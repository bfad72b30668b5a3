package org.onecity.workspace.web;

import java.time.Clock;
import java.util.List;
import org.onecity.sharing.Consents;
import org.onecity.sharing.Governance;
import org.onecity.vault.PersonKeys;
import org.springframework.stereotype.Component;

/**
 * The caller's consent, as the agent console shows and changes it: for every running agreement over
 * requester details that asks for consent, whether this person (by the blind index of the email or
 * phone the agent typed) allows it. An agent records the caller's answer; it counts at once.
 */
@Component
class CallerConsents {

    static final String DATASET = "requests.requester";

    /** One agreement and where the caller stands on it. */
    record Choice(String agreement, String provider, String consumer, String purpose, List<String> fields,
                  Consents.State state) {
    }

    private final Governance governance;
    private final Consents consents;
    private final PersonKeys personKeys;
    private final Clock clock;

    CallerConsents(Governance governance, Consents consents, PersonKeys personKeys, Clock clock) {
        this.governance = governance;
        this.consents = consents;
        this.personKeys = personKeys;
        this.clock = clock;
    }

    List<Choice> of(String phone, String email) {
        List<String> people = personKeys.of(email, phone);
        if (people.isEmpty()) {
            return List.of();
        }
        return asking().stream().map(a -> new Choice(a.code(), a.providerAgency(), a.consumer(), a.purpose(),
                List.copyOf(a.fields()), consents.state(people, a.purpose(), List.of(a.consumer()), clock.instant())))
                .toList();
    }

    /** Records the caller's answer under their first person key; false when there is no key or no such agreement. */
    boolean record(String phone, String email, String agreement, boolean give, String agent) {
        List<String> people = personKeys.of(email, phone);
        var a = asking().stream().filter(x -> x.code().equals(agreement)).findFirst();
        if (people.isEmpty() || a.isEmpty()) {
            return false;
        }
        consents.record(new Consents.Statement(people.get(0), a.get().purpose(), null, a.get().consumer(), give, agent,
                "staff", "agent", DATASET, null));
        return true;
    }

    private List<Governance.Agreement> asking() {
        return governance.askingForConsent(DATASET, null);
    }
}

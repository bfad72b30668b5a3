package org.onecity.people.registry;

import org.onecity.accounts.Role;
import org.onecity.shared.Actor;

/** Who may register and change a holder agency's people: its staff and systems, and administrators. */
final class Holders {

    private Holders() {
    }

    static boolean mayChange(Actor a, String holder) {
        return Role.ADMIN.heldBy(a) || a.actsFor(holder);
    }
}

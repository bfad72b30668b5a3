package org.onecity.accounts;

import org.onecity.shared.Actor;

/** What a staff member may do. Agency staff and supervisors belong to one agency. */
public enum Role {
    ADMIN, AGENT, STAFF, SUPERVISOR, ANALYST, AUDITOR;

    /** A staff actor with this role (systems and residents hold no role). */
    public boolean heldBy(Actor a) {
        return a.is(Actor.Kind.STAFF) && a.holds(name());
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

package org.onecity.programs;

import org.onecity.accounts.Role;
import org.onecity.shared.Actor;

/** How an application came in: at an office, through an agent, or from an agency's system. */
public enum Channel {
    OFFICE, AGENT, AGENCY;

    /** Agency systems file from their own systems; agents through the 311 console; other staff at an office. */
    static Channel of(Actor a) {
        return a.is(Actor.Kind.AGENCY_SYSTEM) ? AGENCY : Role.AGENT.heldBy(a) ? AGENT : OFFICE;
    }

    /** The consent table's channel: agent for staff, agency for systems. */
    String consentChannel() {
        return this == AGENCY ? "agency" : "agent";
    }

    public String wire() {
        return name().toLowerCase();
    }
}

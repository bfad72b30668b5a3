package org.onecity.open311;

import org.onecity.shared.Actor;

/** Who is calling with an API key: a named client, and the agency whose system it is (if any). */
public record ApiClient(long id, String name, String agencyCode) {

    /** The client as the one who acts: a machine named by its key's name. */
    public Actor actor() {
        return new Actor(Actor.Kind.AGENCY_SYSTEM, name, agencyCode, null, java.util.Set.of());
    }

    public boolean isAgencySystem() {
        return agencyCode != null;
    }
}

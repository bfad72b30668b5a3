package org.onecity.open311;

import org.onecity.shared.Actor;
import org.onecity.sharing.AgencySystem;

/**
 * Who is calling with an API key: a view of the agency system the key belongs to (its id, the key's
 * name as its name, its agency if any).
 */
public record ApiClient(long id, String name, String agencyCode) {

    static ApiClient of(AgencySystem system) {
        return new ApiClient(system.id(), system.name(), system.agencyCode());
    }

    /** The client as the one who acts: a machine named by its key's name. */
    public Actor actor() {
        return new Actor(Actor.Kind.AGENCY_SYSTEM, name, agencyCode, null, java.util.Set.of());
    }

    public boolean isAgencySystem() {
        return agencyCode != null;
    }
}

package org.onecity.sharing;

import java.util.Set;
import org.onecity.audit.AccessRecord;
import org.onecity.shared.Actor;

/**
 * The release decision's input: who asks for personal data (the {@link Actor}) and what the dataset
 * lets their role or scopes see at most. Each dataset builds it from the actor with its own field set
 * (e.g. {@code PersonFields.caller(actor)}), so the decision needs no knowledge of roles or scopes.
 *
 * @param actor      who asks: a staff member or an agency system, for which agency
 * @param roleFields the fields the caller's role or scopes allow, whatever the agreements say
 * @param cityWide   true for city-wide roles (311 agents, administrators), who serve every agency
 */
public record Caller(Actor actor, Set<String> roleFields, boolean cityWide) {

    public Caller {
        roleFields = Set.copyOf(roleFields);
    }

    /** The username or system code. */
    public String name() {
        return actor.name();
    }

    /** The audit's actor kind: {@code staff} or {@code system}. */
    public String kind() {
        return AccessRecord.kindOf(actor);
    }

    /** The system's code when a machine calls, else null. */
    public String system() {
        return actor.system();
    }

    /** The caller's agency; null for city-wide roles. */
    public String agency() {
        return actor.agency();
    }
}

package org.onecity.sharing;

import java.util.Set;

/**
 * Who asks for personal data: a staff member or an agency system, for which agency, and which
 * fields their role or scopes allow at most.
 *
 * @param name          username or system code
 * @param kind          {@code staff} or {@code system}
 * @param system        the system code when a machine calls
 * @param agency        the caller's agency; null for city-wide roles
 * @param roleFields    the fields the caller's role or scopes allow, whatever the agreements say
 * @param cityWide      true for city-wide roles (311 agents, administrators), who serve every agency
 */
public record Caller(String name, String kind, String system, String agency, Set<String> roleFields,
                     boolean cityWide) {

    public Caller {
        roleFields = Set.copyOf(roleFields);
    }
}

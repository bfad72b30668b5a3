package org.onecity.people.registry;

import org.onecity.accounts.Role;
import org.onecity.accounts.StaffUser;
import org.onecity.sharing.AgencySystem;

/**
 * Who changes the registry, as the audit records it.
 *
 * @param name   username or system code
 * @param kind   staff or system
 * @param system the system's code when a machine calls
 * @param agency the agency acted for (null for administrators without one)
 * @param admin  an administrator, who acts for the whole city
 * @param supervisor a supervisor of {@code agency}
 */
public record Actor(String name, String kind, String system, String agency, boolean admin, boolean supervisor) {

    public static Actor of(StaffUser u) {
        return new Actor(u.username(), "staff", null, u.agencyCode(), u.has(Role.ADMIN), u.has(Role.SUPERVISOR));
    }

    public static Actor of(AgencySystem s) {
        return new Actor(s.code(), "system", s.code(), s.agencyCode(), false, false);
    }

    /** Staff of an agency (or an administrator) and agency systems may register and update. */
    boolean actsFor(String holder) {
        return admin || agency != null && agency.equals(holder);
    }
}

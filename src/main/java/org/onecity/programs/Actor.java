package org.onecity.programs;

import org.onecity.accounts.Role;
import org.onecity.accounts.StaffUser;
import org.onecity.sharing.AgencySystem;

/**
 * Who files or decides: a staff member or an agency's system, for which agency.
 *
 * @param kind   staff or system (the audit's actor kinds)
 * @param system the system's code when a machine acts
 */
public record Actor(String name, String kind, String agency, String system, Channel channel) {

    public static Actor staff(StaffUser u) {
        return new Actor(u.username(), "staff", u.agencyCode(), null, u.has(Role.AGENT) ? Channel.AGENT : Channel.OFFICE);
    }

    public static Actor system(AgencySystem s) {
        return new Actor(s.code(), "system", s.agencyCode(), s.code(), Channel.AGENCY);
    }

    /** The consent table's channel: agent for staff, agency for systems. */
    String consentChannel() {
        return channel == Channel.AGENCY ? "agency" : "agent";
    }
}

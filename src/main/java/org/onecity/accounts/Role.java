package org.onecity.accounts;

/** What a staff member may do. Agency staff and supervisors belong to one agency. */
public enum Role {
    ADMIN, AGENT, STAFF, SUPERVISOR, ANALYST, AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}

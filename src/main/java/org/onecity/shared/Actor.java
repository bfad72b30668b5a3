package org.onecity.shared;

import java.util.Set;

/**
 * Who acts: a staff member, an agency's system, a resident or one of the city's jobs. Built once where
 * the identity is known (accounts for staff, sharing for agency systems); each module reads the few
 * things it needs from it (history's actor kind, the audit's, a program's consent channel) through small
 * functions of its own.
 *
 * @param kind   staff, agency system, resident or job
 * @param name   the username, the system's code (or name), the resident's name, the job's name
 * @param agency the agency acted for; null for city-wide staff, residents and jobs
 * @param system the system's code when a machine acts, else null
 * @param grants a staff member's role names ({@code ADMIN}, {@code AGENT} …) or a system's scopes
 *               ({@code people:write} …)
 */
public record Actor(Kind kind, String name, String agency, String system, Set<String> grants) {

    public enum Kind {
        STAFF, AGENCY_SYSTEM, RESIDENT, JOB
    }

    /** The city itself, as its jobs act (escalation, routing on filing). */
    public static final Actor CITY = job("onecity");

    public Actor {
        if (kind == null || name == null) {
            throw new IllegalArgumentException("an actor has a kind and a name");
        }
        grants = grants == null ? Set.of() : Set.copyOf(grants);
    }

    public static Actor staff(String username, String agency, Set<String> roles) {
        return new Actor(Kind.STAFF, username, agency, null, roles);
    }

    /** A staff member known by name only (no agency, no roles), as a request's history records them. */
    public static Actor staff(String username) {
        return staff(username, null, Set.of());
    }

    public static Actor system(String code, String agency, Set<String> scopes) {
        return new Actor(Kind.AGENCY_SYSTEM, code, agency, code, scopes);
    }

    public static Actor resident() {
        return resident("resident");
    }

    public static Actor resident(String name) {
        return new Actor(Kind.RESIDENT, name, null, null, Set.of());
    }

    public static Actor job(String name) {
        return new Actor(Kind.JOB, name, null, null, Set.of());
    }

    /** The same job acting for an agency (e.g. the demo seeder registering people for their holder). */
    public static Actor job(String name, String agency) {
        return new Actor(Kind.JOB, name, agency, null, Set.of());
    }

    public boolean is(Kind k) {
        return kind == k;
    }

    /** Holds this role (staff) or scope (systems). */
    public boolean holds(String grant) {
        return grants.contains(grant);
    }

    /** Acts for this agency (a null agency never matches). */
    public boolean actsFor(String agencyCode) {
        return agency != null && agency.equals(agencyCode);
    }
}

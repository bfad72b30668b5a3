package org.onecity.sharing;

import java.util.Set;
import org.onecity.shared.Actor;

/** An agency's system (its back office, its field app) calling the machine API with its own credentials. */
public record AgencySystem(long id, String code, String agencyCode, String name, Set<String> scopes) {

    public static final String READ_REQUESTER = "requests.requester:read";
    public static final String UPDATE_REQUESTS = "requests:update";
    public static final String RECEIVE_EVENTS = "events:receive";
    public static final String RECORD_CONSENT = "consent:write";
    /** Search and read the person registry (people.person) through the release decision. */
    public static final String READ_PEOPLE = "people.person:read";
    /** Register people in the person registry for the system's agency. */
    public static final String WRITE_PEOPLE = "people:write";
    /** Read people's program enrolments (programs.enrolment) through the release decision. */
    public static final String READ_ENROLMENTS = "programs.enrolment:read";
    /** File applications to programs on a person's behalf. */
    public static final String FILE_APPLICATIONS = "programs:write";
    public static final Set<String> ALL_SCOPES = Set.of(READ_REQUESTER, UPDATE_REQUESTS, RECEIVE_EVENTS, RECORD_CONSENT,
            READ_PEOPLE, WRITE_PEOPLE, READ_ENROLMENTS, FILE_APPLICATIONS);

    public AgencySystem {
        scopes = Set.copyOf(scopes);
    }

    /** This system as the one who acts: its code, agency and scopes. */
    public Actor actor() {
        return Actor.system(code, agencyCode, scopes);
    }

    /** An actor that is an agency system holding this scope. */
    public static boolean may(Actor a, String scope) {
        return a.is(Actor.Kind.AGENCY_SYSTEM) && a.holds(scope);
    }

    public boolean may(String scope) {
        return scopes.contains(scope);
    }
}

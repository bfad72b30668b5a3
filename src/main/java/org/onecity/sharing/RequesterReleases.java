package org.onecity.sharing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.onecity.accounts.StaffUser;

/**
 * Staff pages read a service request's requester details through this: the one release decision
 * (requested ∩ agreement or own agency ∩ consent ∩ role), audited, the same as for agency systems.
 * Denied fields come back with their reason, for the page to show as withheld. Implemented by the
 * sharing of service requests.
 */
public interface RequesterReleases {

    /** What a staff page shows of the requester. */
    List<String> ON_PAGES = List.of("first_name", "last_name", "email", "phone");

    /**
     * The decision on the requester of request {@code number} (held by {@code provider}) for a staff
     * member and purpose; empty when the request has no requester details at all (nothing to read,
     * nothing audited).
     */
    Optional<Release> forStaff(StaffUser user, String number, String provider, String purpose, List<String> fields);

    /**
     * Break-the-glass on a staff page: emergency access for this staff member to the requester of
     * request {@code number} (the fields named), through {@link Governance#breakGlass} like an agency
     * system's, audited and flagged for review. Returns the grant's id.
     *
     * @throws IllegalArgumentException when the reason or the duration is refused
     */
    long breakGlass(StaffUser user, String number, String reason, Duration lasting, Set<String> fields);

    /** This staff member's break-the-glass grant over the requester of request {@code number}, while in force. */
    Optional<Governance.BreakGlass> activeGrant(StaffUser user, String number);
}

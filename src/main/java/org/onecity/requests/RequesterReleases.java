package org.onecity.requests;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.onecity.accounts.StaffUser;
import org.onecity.requests.sharing.RequesterFields;
import org.onecity.sharing.Governance;
import org.onecity.sharing.Release;
import org.onecity.sharing.ReleaseDecisions;
import org.onecity.vault.PersonKeys;
import org.springframework.stereotype.Service;

/**
 * Staff pages read a service request's requester details through this: the one release decision
 * (requested ∩ agreement or own agency ∩ consent ∩ role), audited, the same as for agency systems.
 * Denied fields come back with their reason, for the page to show as withheld.
 */
@Service
public class RequesterReleases {

    /** What a staff page shows of the requester. */
    public static final List<String> ON_PAGES = List.of("first_name", "last_name", "email", "phone");

    private final RequestQueries queries;
    private final ReleaseDecisions decisions;
    private final PersonKeys personKeys;
    private final Governance governance;

    RequesterReleases(RequestQueries queries, ReleaseDecisions decisions, PersonKeys personKeys,
                      Governance governance) {
        this.queries = queries;
        this.decisions = decisions;
        this.personKeys = personKeys;
        this.governance = governance;
    }

    /**
     * The decision on the requester of request {@code number} (held by {@code provider}) for a staff
     * member and purpose; empty when the request has no requester details at all (nothing to read,
     * nothing audited).
     */
    public Optional<Release> forStaff(StaffUser user, String number, String provider, String purpose,
                                      List<String> fields) {
        Requester r = queries.requester(number).orElse(Requester.ANONYMOUS);
        if (RequesterFields.values(r).values().stream().allMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return Optional.of(decisions.decide(new ReleaseDecisions.Ask(RequesterFields.caller(user.actor()),
                RequesterFields.DATASET, provider, number, purpose, number, new LinkedHashSet<>(fields),
                personKeys.of(r.email(), r.phone())), RequesterFields.values(r)));
    }

    /**
     * Break-the-glass on a staff page: emergency access for this staff member to the requester of
     * request {@code number} (the fields named), through {@link Governance#breakGlass} like an agency
     * system's, audited and flagged for review. Returns the grant's id.
     *
     * @throws IllegalArgumentException when the reason or the duration is refused
     */
    public long breakGlass(StaffUser user, String number, String reason, Duration lasting, Set<String> fields) {
        return governance.breakGlass(RequesterFields.caller(user.actor()), RequesterFields.DATASET, number, reason, lasting,
                fields);
    }

    /** This staff member's break-the-glass grant over the requester of request {@code number}, while in force. */
    public Optional<Governance.BreakGlass> activeGrant(StaffUser user, String number) {
        return governance.activeGrant(user.username(), RequesterFields.DATASET, number);
    }
}

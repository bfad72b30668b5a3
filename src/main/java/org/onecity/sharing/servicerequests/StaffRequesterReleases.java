package org.onecity.sharing.servicerequests;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.onecity.accounts.StaffUser;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.Requester;
import org.onecity.sharing.Governance;
import org.onecity.sharing.PersonKeys;
import org.onecity.sharing.Release;
import org.onecity.sharing.ReleaseDecisions;
import org.springframework.stereotype.Service;

/** Requester details for staff pages, through the release decision (see {@link org.onecity.sharing.RequesterReleases}). */
@Service
class StaffRequesterReleases implements org.onecity.sharing.RequesterReleases {

    private final RequestQueries queries;
    private final ReleaseDecisions decisions;
    private final PersonKeys personKeys;
    private final Governance governance;

    StaffRequesterReleases(RequestQueries queries, ReleaseDecisions decisions, PersonKeys personKeys,
                           Governance governance) {
        this.queries = queries;
        this.decisions = decisions;
        this.personKeys = personKeys;
        this.governance = governance;
    }

    @Override
    public Optional<Release> forStaff(StaffUser user, String number, String provider, String purpose,
                                      List<String> fields) {
        Requester r = queries.requester(number).orElse(Requester.ANONYMOUS);
        if (RequesterFields.values(r).values().stream().allMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return Optional.of(decisions.decide(new ReleaseDecisions.Ask(RequesterFields.caller(user),
                RequesterFields.DATASET, provider, number, purpose, number, new LinkedHashSet<>(fields),
                personKeys.of(r.email(), r.phone())), RequesterFields.values(r)));
    }

    @Override
    public long breakGlass(StaffUser user, String number, String reason, Duration lasting, Set<String> fields) {
        return governance.breakGlass(RequesterFields.caller(user), RequesterFields.DATASET, number, reason, lasting,
                fields);
    }

    @Override
    public Optional<Governance.BreakGlass> activeGrant(StaffUser user, String number) {
        return governance.activeGrant(user.username(), RequesterFields.DATASET, number);
    }
}

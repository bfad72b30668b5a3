package org.onecity.workspace.web;

import org.onecity.accounts.Role;
import org.onecity.accounts.StaffUser;
import org.onecity.requests.RequestQueries;
import org.onecity.requests.ServiceRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Agency scoping, on the server: agency staff and supervisors see and change only their agency's
 * requests (another agency's request answers 404, as if it did not exist); admins choose any agency.
 */
@Component
class Scope {

    private final RequestQueries queries;

    Scope(RequestQueries queries) {
        this.queries = queries;
    }

    /** The agency whose queue this user sees: their own, or for an admin the one asked for (DSNY by default). */
    String agency(StaffUser user, String asked) {
        if (user.has(Role.ADMIN)) {
            return asked == null || asked.isBlank() ? (user.agencyCode() == null ? "DSNY" : user.agencyCode()) : asked;
        }
        if (user.agencyCode() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user.agencyCode();
    }

    ServiceRequest request(StaffUser user, String number) {
        return queries.find(number)
                .filter(r -> user.has(Role.ADMIN) || (user.agencyCode() != null && user.agencyCode().equals(r.agencyCode())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

package org.onecity.accounts;

import java.util.Optional;
import java.util.Set;

/** What a staff account must satisfy: small named checks the admin pages and the facade share. */
public final class AccountRules {

    /** Why a change was refused; pages show {@code admin.staffProblem.<key>}. */
    public enum Problem {
        USERNAME("username"), PASSWORD("password"), ROLES("roles"), TAKEN("taken"), UNKNOWN("unknown"),
        SELF("self"), CURRENT("current"), CONFIRM("confirm"), SAME("same");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public static final int MIN_PASSWORD = 12;

    private AccountRules() {
    }

    public static Optional<Problem> username(String username) {
        return username != null && username.strip().matches("^[a-z0-9][a-z0-9._-]{1,63}$")
                ? Optional.empty() : Optional.of(Problem.USERNAME);
    }

    public static Optional<Problem> password(String password) {
        return password != null && password.length() >= MIN_PASSWORD && password.length() <= 200
                ? Optional.empty() : Optional.of(Problem.PASSWORD);
    }

    /** A name, at least one role, and an agency for agency staff and supervisors. */
    public static Optional<Problem> details(String displayName, String agencyCode, Set<Role> roles) {
        boolean agencyRole = roles != null && (roles.contains(Role.STAFF) || roles.contains(Role.SUPERVISOR));
        if (roles == null || roles.isEmpty() || displayName == null || displayName.isBlank()
                || displayName.strip().length() > 200 || (agencyRole && (agencyCode == null || agencyCode.isBlank()))) {
            return Optional.of(Problem.ROLES);
        }
        return Optional.empty();
    }
}

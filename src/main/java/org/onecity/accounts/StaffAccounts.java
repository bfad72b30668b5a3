package org.onecity.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: the facade other modules and the login use. Admins create and edit accounts,
 * disable and enable them, and set temporary passwords; everyone changes their own password.
 * Refusals come back as {@link AccountRules.Problem} values (nothing written).
 */
@Service
public class StaffAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final java.time.Clock clock;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public StaffUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }

    public Optional<StaffUser> find(String username) {
        return jdbc.sql("select * from accounts.staff_user where username = ?").param(username)
                .query((rs, n) -> new StaffUser(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("agency_code"), roles((String[]) rs.getArray("roles").getArray()),
                        rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getBoolean("must_change_password")))
                .optional();
    }

    public List<StaffUser> all() {
        return jdbc.sql("select username from accounts.staff_user order by username").query(String.class).list()
                .stream().map(this::loadUserByUsername).toList();
    }

    /** Creates the account, or does nothing when the username is taken; true when created. */
    @Transactional
    public boolean createIfAbsent(String username, String rawPassword, String displayName, String agencyCode,
                                  Set<Role> roles) {
        return jdbc.sql("""
                insert into accounts.staff_user (username, password_hash, display_name, agency_code, roles)
                values (?, ?, ?, ?, ?::text[]) on conflict (username) do nothing""")
                .params(username, passwords.encode(rawPassword), displayName, agencyCode, array(roles))
                .update() == 1;
    }

    /** Changes name, agency and roles; the person's open sessions pick the change up at their next request. */
    @Transactional
    public Optional<AccountRules.Problem> update(String username, String displayName, String agencyCode, Set<Role> roles) {
        Optional<AccountRules.Problem> problem = AccountRules.details(displayName, agencyCode, roles);
        if (problem.isPresent()) {
            return problem;
        }
        int n = jdbc.sql("""
                update accounts.staff_user set display_name = ?, agency_code = ?, roles = ?::text[], updated_at = ?
                where username = ?""")
                .params(displayName.strip(), agencyCode, array(roles), java.sql.Timestamp.from(clock.instant()), username)
                .update();
        return n == 1 ? Optional.empty() : Optional.of(AccountRules.Problem.UNKNOWN);
    }

    /** Disables or enables; a disabled account cannot sign in and its sessions end at their next request. */
    @Transactional
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("update accounts.staff_user set enabled = ?, updated_at = ? where username = ?")
                .params(enabled, java.sql.Timestamp.from(clock.instant()), username).update() == 1;
    }

    /** An admin sets a temporary password: the person's sessions end, and they must choose their own at next sign-in. */
    @Transactional
    public Optional<AccountRules.Problem> setTemporaryPassword(String username, String rawPassword) {
        Optional<AccountRules.Problem> problem = AccountRules.password(rawPassword);
        if (problem.isPresent()) {
            return problem;
        }
        int n = jdbc.sql("""
                update accounts.staff_user set password_hash = ?, must_change_password = true, updated_at = ?
                where username = ?""")
                .params(passwords.encode(rawPassword), java.sql.Timestamp.from(clock.instant()), username).update();
        return n == 1 ? Optional.empty() : Optional.of(AccountRules.Problem.UNKNOWN);
    }

    /** Someone changes their own password: the current one must be right, the new one long enough and different. */
    @Transactional
    public Optional<AccountRules.Problem> changePassword(String username, String current, String next, String confirm) {
        StaffUser user = find(username).orElse(null);
        if (user == null || current == null || !passwords.matches(current, user.passwordHash())) {
            return Optional.of(AccountRules.Problem.CURRENT);
        }
        Optional<AccountRules.Problem> problem = AccountRules.password(next);
        if (problem.isEmpty() && !next.equals(confirm)) {
            problem = Optional.of(AccountRules.Problem.CONFIRM);
        }
        if (problem.isEmpty() && next.equals(current)) {
            problem = Optional.of(AccountRules.Problem.SAME);
        }
        if (problem.isPresent()) {
            return problem;
        }
        jdbc.sql("""
                update accounts.staff_user set password_hash = ?, must_change_password = false, updated_at = ?
                where username = ?""")
                .params(passwords.encode(next), java.sql.Timestamp.from(clock.instant()), username).update();
        return Optional.empty();
    }

    private static String array(Set<Role> roles) {
        return "{" + roles.stream().map(Enum::name).collect(Collectors.joining(",")) + "}";
    }

    private static Set<Role> roles(String[] names) {
        return Arrays.stream(names).map(Role::valueOf).collect(Collectors.toSet());
    }
}

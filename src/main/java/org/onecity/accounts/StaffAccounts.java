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

/** Staff accounts: the facade other modules and the login use. */
@Service
public class StaffAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public StaffUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
    }

    public Optional<StaffUser> find(String username) {
        return jdbc.sql("select * from accounts.staff_user where username = ?").param(username)
                .query((rs, n) -> new StaffUser(rs.getString("username"), rs.getString("display_name"),
                        rs.getString("agency_code"), roles((String[]) rs.getArray("roles").getArray()),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
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
                .params(username, passwords.encode(rawPassword), displayName, agencyCode,
                        "{" + roles.stream().map(Enum::name).collect(Collectors.joining(",")) + "}")
                .update() == 1;
    }

    private static Set<Role> roles(String[] names) {
        return Arrays.stream(names).map(Role::valueOf).collect(Collectors.toSet());
    }
}

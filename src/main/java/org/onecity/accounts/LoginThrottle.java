package org.onecity.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling: after {@code onecity.login.max-failures} failed logins (default 5) within
 * {@code onecity.login.window} (default 15 minutes) for one username, or for one address, further
 * attempts are refused until the window has passed. Failures are kept in the database, so every
 * node sees them; a successful login clears the username's failures.
 */
@Service
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${onecity.login.max-failures:5}") int maxFailures,
                  @Value("${onecity.login.window:PT15M}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    @Transactional(readOnly = true)
    public boolean locked(String username, String address) {
        Timestamp since = Timestamp.from(clock.instant().minus(window));
        int byUser = jdbc.sql("select count(*) from accounts.login_failure where username = ? and at > ?")
                .params(normalize(username), since).query(Integer.class).single();
        int byAddress = jdbc.sql("select count(*) from accounts.login_failure where address = ? and at > ?")
                .params(address(address), since).query(Integer.class).single();
        return byUser >= maxFailures || byAddress >= maxFailures * 4;
    }

    @Transactional
    public void failed(String username, String address) {
        Instant now = clock.instant();
        jdbc.sql("insert into accounts.login_failure (username, address, at) values (?, ?, ?)")
                .params(normalize(username), address(address), Timestamp.from(now)).update();
        jdbc.sql("delete from accounts.login_failure where at < ?")
                .param(Timestamp.from(now.minus(window.multipliedBy(4)))).update();
    }

    @Transactional
    public void succeeded(String username) {
        jdbc.sql("delete from accounts.login_failure where username = ?").param(normalize(username)).update();
    }

    public Duration window() {
        return window;
    }

    private static String normalize(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return u.length() > 200 ? u.substring(0, 200) : u;
    }

    private static String address(String a) {
        return a == null ? "" : a.length() > 100 ? a.substring(0, 100) : a;
    }
}

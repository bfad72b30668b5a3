package org.onecity.accounts;

import java.util.Set;
import org.onecity.platform.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo staff accounts listed in the README; created only in demo mode. */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo1234";

    private final StaffAccounts accounts;
    private final DemoMode demo;

    DemoAccounts(StaffAccounts accounts, DemoMode demo) {
        this.accounts = accounts;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        accounts.createIfAbsent("admin", PASSWORD, "Alex Admin", null, Set.of(Role.ADMIN));
        accounts.createIfAbsent("agent", PASSWORD, "Ana Agent (311 call center)", null, Set.of(Role.AGENT));
        accounts.createIfAbsent("dsny.staff", PASSWORD, "Sam Sanitation", "DSNY", Set.of(Role.STAFF));
        accounts.createIfAbsent("dsny.supervisor", PASSWORD, "Sofia Supervisor", "DSNY", Set.of(Role.STAFF, Role.SUPERVISOR));
        accounts.createIfAbsent("nypd.staff", PASSWORD, "Nico Precinct", "NYPD", Set.of(Role.STAFF));
        accounts.createIfAbsent("dot.staff", PASSWORD, "Dana Streets", "DOT", Set.of(Role.STAFF));
        accounts.createIfAbsent("analyst", PASSWORD, "Ari Analyst", null, Set.of(Role.ANALYST));
        accounts.createIfAbsent("auditor", PASSWORD, "Aud Auditor (privacy office)", null, Set.of(Role.AUDITOR));
        accounts.createIfAbsent("sibiso.staff", PASSWORD, "Sara Bienestar (SIBISO)", "SIBISO", Set.of(Role.STAFF));
        accounts.createIfAbsent("sibiso.supervisor", PASSWORD, "Simón Supervisor (SIBISO)", "SIBISO",
                Set.of(Role.STAFF, Role.SUPERVISOR));
        accounts.createIfAbsent("dif.staff", PASSWORD, "Diana Familia (DIF-CDMX)", "DIF-CDMX", Set.of(Role.STAFF));
    }
}

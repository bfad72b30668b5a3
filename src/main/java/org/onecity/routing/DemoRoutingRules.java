package org.onecity.routing;

import java.util.List;
import org.onecity.catalog.Catalog;
import org.onecity.platform.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo geography overrides: noise in Central Park goes to the Parks Enforcement Patrol (DPR), not
 * the precinct; one Mexico City topic asked from Iztapalapa goes to DIF-CDMX (an illustration, not
 * the city's real arrangement). Only in demo mode, only when no rules exist yet.
 */
@Component
@Order(15)
class DemoRoutingRules implements ApplicationRunner {

    private final Router router;
    private final Catalog catalog;
    private final DemoMode demo;

    DemoRoutingRules(Router router, Catalog catalog, DemoMode demo) {
        this.router = router;
        this.catalog = catalog;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || catalog.service("nypd-noise-park").isEmpty() || catalog.agency("DIF-CDMX").isEmpty()) {
            return;
        }
        router.addDemoRulesIfNone(List.of(
                new RoutingRule(null, "nypd-noise-park", "community_district", "164", "DPR", 200, true,
                        "Central Park noise goes to the Parks Enforcement Patrol"),
                new RoutingRule(null, "nypd-noise-street-sidewalk", "community_district", "164", "DPR", 200, true,
                        "Central Park noise goes to the Parks Enforcement Patrol"),
                new RoutingRule(null, "cdmx-pension-hombres-bienestar-info", "alcaldia", "007", "DIF-CDMX", 100, true,
                        "Demo: program questions from Iztapalapa go to DIF-CDMX")));
    }
}

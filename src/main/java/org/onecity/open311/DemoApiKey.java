package org.onecity.open311;

import org.onecity.platform.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In demo mode: the Open311 key {@code onecity.demo.api-key} and one agency-system key for DSNY. */
@Component
@Order(30)
class DemoApiKey implements ApplicationRunner {

    private final ApiKeys keys;
    private final DemoMode demo;

    DemoApiKey(ApiKeys keys, DemoMode demo) {
        this.keys = keys;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.enabled()) {
            keys.register("demo", null, demo.apiKey());
            keys.register("dsny-backoffice", "DSNY", demo.apiKey() + "-dsny");
        }
    }
}

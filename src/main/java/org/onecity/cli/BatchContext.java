package org.onecity.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts OneCity without the web server and without scheduled jobs, for one-shot commands. */
final class BatchContext {

    private BatchContext() {
    }

    static ConfigurableApplicationContext start(SpringOptions options) {
        String[] base = options.toSpringArgs();
        String[] args = new String[base.length + 2];
        System.arraycopy(base, 0, args, 0, base.length);
        args[base.length] = "--onecity.jobs.enabled=false";
        args[base.length + 1] = "--spring.main.banner-mode=off";
        return new SpringApplicationBuilder(OneCityCommandLine.application())
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(args);
    }
}

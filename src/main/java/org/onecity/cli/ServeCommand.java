package org.onecity.cli;

import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve OneCity on port 8080 (the default command).",
                "Any Spring Boot property can follow, e.g. --server.port=9090 --onecity.demo=false."})
class ServeCommand implements Runnable {

    private static volatile boolean started;

    @Mixin
    SpringOptions options;

    static boolean started() {
        return started;
    }

    @Override
    public void run() {
        SpringApplication.run(OneCityCommandLine.application(), options.toSpringArgs());
        started = true;
    }
}

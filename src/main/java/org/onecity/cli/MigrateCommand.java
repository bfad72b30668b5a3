package org.onecity.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create or upgrade the database schema (and demo data when demo mode is on), then exit.")
class MigrateCommand implements Callable<Integer> {

    @Mixin
    SpringOptions options;

    @Override
    public Integer call() {
        try (var ctx = BatchContext.start(options)) {
            System.out.println("Database is up to date.");
            return 0;
        }
    }
}

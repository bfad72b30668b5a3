package org.onecity.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every command shares: where the data lives, and any Spring property as --name=value. */
class SpringOptions {

    @Option(names = "--onecity.data-dir", paramLabel = "DIR",
            description = "Data directory of the embedded database and media (default ./onecity-data).")
    String dataDir;

    @Option(names = "--spring.datasource.url", paramLabel = "JDBC_URL",
            description = "An external PostgreSQL instead of the embedded one.")
    String datasourceUrl;

    @Parameters(paramLabel = "--property=value", arity = "0..*", hidden = true,
            description = "Any other Spring Boot property, e.g. --server.port=9090.")
    List<String> extra = new ArrayList<>();

    String[] toSpringArgs() {
        List<String> args = new ArrayList<>();
        if (dataDir != null) {
            args.add("--onecity.data-dir=" + dataDir);
        }
        if (datasourceUrl != null) {
            args.add("--spring.datasource.url=" + datasourceUrl);
        }
        for (String e : extra) {
            if (!e.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + e + " (properties look like --name=value)");
            }
            args.add(e);
        }
        return args.toArray(String[]::new);
    }
}

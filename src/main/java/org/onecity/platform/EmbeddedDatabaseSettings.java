package org.onecity.platform;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the embedded PostgreSQL runs ({@code onecity.embedded-database.*}); ignored with an external one.
 *
 * @param poolSize  connections the node keeps to it
 * @param server    PostgreSQL settings over OneCity's defaults ({@link EmbeddedPostgresServer#DEFAULTS}),
 *                  e.g. {@code onecity.embedded-database.server.shared_buffers=1GB}; durability
 *                  settings (fsync, synchronous_commit, full_page_writes) cannot be turned off here
 */
@ConfigurationProperties("onecity.embedded-database")
public record EmbeddedDatabaseSettings(@DefaultValue("20") int poolSize, Map<String, String> server) {

    public EmbeddedDatabaseSettings {
        if (poolSize < 1 || poolSize > 190) {
            throw new IllegalArgumentException("onecity.embedded-database.pool-size must be 1 to 190, not " + poolSize);
        }
        server = server == null ? Map.of() : Map.copyOf(server);
    }
}

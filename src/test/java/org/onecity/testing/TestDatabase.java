package org.onecity.testing;

import java.nio.file.Path;
import org.onecity.platform.EmbeddedPostgresServer;

/**
 * The one embedded PostgreSQL shared by every Spring test of this JVM (started on first use,
 * stopped when the JVM exits). Tests point Spring at it as an external database.
 */
public final class TestDatabase {

    private static EmbeddedPostgresServer server;

    private TestDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (server == null) {
            Path dir = Path.of("target", "test-postgres-" + ProcessHandle.current().pid());
            server = EmbeddedPostgresServer.start(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server.jdbcUrl();
    }

    public static synchronized int port() {
        jdbcUrl();
        return server.port();
    }
}

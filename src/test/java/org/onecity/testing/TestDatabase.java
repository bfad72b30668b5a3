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

    /** The master key of the field encryption shared by every application context of the test JVM. */
    public static final String MASTER_KEY = "b25lY2l0eS10ZXN0LW1hc3Rlci1rZXktMzItYnl0ZXM=";

    public static synchronized String jdbcUrl() {
        if (server == null) {
            if (System.getProperty("onecity.sharing.master-key") == null) {
                System.setProperty("onecity.sharing.master-key", MASTER_KEY);
            }
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

package org.onecity.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by OneCity itself, its data kept under {@code <data-dir>/postgres} so
 * it survives restarts. Closed with the application context.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "onecity";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * OneCity's settings over zonky's: durability back on (zonky's defaults trade it for speed, with
     * synchronous_commit=off: a 201 must mean the request is on disk).
     */
    public static final Map<String, String> DEFAULTS = Map.of(
            "max_connections", "200",
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");
    private static final Set<String> DURABILITY = Set.of("fsync", "synchronous_commit", "full_page_writes");

    public static EmbeddedPostgresServer start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** Starts (or restarts) the server in {@code dataDir}, with {@code overrides} over {@link #DEFAULTS}. */
    public static EmbeddedPostgresServer start(Path dataDir, Map<String, String> overrides) {
        var config = new TreeMap<>(DEFAULTS);
        overrides.forEach((name, value) -> {
            if (DURABILITY.contains(name)) {
                throw new IllegalArgumentException("The embedded PostgreSQL keeps " + name + " on");
            }
            config.put(name, value);
        });
        try {
            Path pgData = dataDir.resolve("postgres");
            Path work = dataDir.resolve("postgres-work");
            Files.createDirectories(pgData);
            Files.createDirectories(work);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData.toFile())
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(work.toFile());
            config.forEach(builder::setServerConfig);
            EmbeddedPostgres pg = builder.start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg);
            server.ensureDatabase();
            log.info("Embedded PostgreSQL on port {} with data in {}", pg.getPort(), pgData.toAbsolutePath());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private void ensureDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!rs.next()) {
                s.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the OneCity database", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

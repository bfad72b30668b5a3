package org.onecity.testing;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of its own on the test server, migrated only up to a version: the state an upgrade
 * starts from. Dropped on close.
 */
public final class UpgradeDatabase implements AutoCloseable {

    private final String name;
    private final DriverManagerDataSource dataSource;

    private UpgradeDatabase(String name) {
        this.name = name;
        this.dataSource = new DriverManagerDataSource(url(name), "postgres", "");
    }

    /** A new database with every migration older than {@code version} (e.g. {@code 20261207.1001}) applied. */
    public static UpgradeDatabase migratedUpTo(String version) {
        String name = "upgrade_" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        admin().sql("create database " + name).update();
        UpgradeDatabase db = new UpgradeDatabase(name);
        MigrationVersion first = MigrationVersion.fromVersion(version);
        MigrationVersion last = Arrays.stream(flyway(db.dataSource).load().info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null && v.compareTo(first) < 0).max(MigrationVersion::compareTo).orElseThrow();
        flyway(db.dataSource).target(last).load().migrate();
        return db;
    }

    /** Applies the remaining migrations, as the application does at start. */
    public void migrate() {
        flyway(dataSource).load().migrate();
    }

    public String url() {
        return url(name);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() {
        admin().sql("drop database if exists " + name + " with (force)").update();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource ds) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration");
    }

    private static JdbcClient admin() {
        return JdbcClient.create(new DriverManagerDataSource(TestDatabase.jdbcUrl(), "postgres", ""));
    }

    private static String url(String database) {
        TestDatabase.jdbcUrl();
        return "jdbc:postgresql://localhost:" + TestDatabase.port() + "/" + database;
    }
}

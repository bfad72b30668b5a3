package org.onecity.testing;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.onecity.testing.TestDatabase;
import org.postgresql.PGConnection;

/**
 * A plain-text dump of the whole test database. Uses a real {@code pg_dump} when one that can dump
 * the server's major version is installed ({@code ONECITY_PG_DUMP}, the PATH, /usr/lib/postgresql/N);
 * otherwise the same data section pg_dump writes: {@code COPY … TO STDOUT} of every table.
 */
public final class DatabaseDump {

    public record Dump(String text, String how) {
    }

    private DatabaseDump() {
    }

    public static Dump take() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl(), "postgres", "")) {
            int serverMajor = c.getMetaData().getDatabaseMajorVersion();
            for (String candidate : candidates()) {
                if (major(candidate) >= serverMajor) {
                    return new Dump(pgDump(candidate), candidate);
                }
            }
            return new Dump(copyAll(c), "COPY TO STDOUT of every table (no pg_dump " + serverMajor + "+ installed)");
        }
    }

    private static List<String> candidates() {
        List<String> all = new ArrayList<>();
        String env = System.getenv("ONECITY_PG_DUMP");
        if (env != null) {
            all.add(env);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "pg_dump"))) {
                all.add(Path.of(dir, "pg_dump").toString());
            }
        }
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions != null) {
            for (File v : versions) {
                if (new File(v, "bin/pg_dump").canExecute()) {
                    all.add(new File(v, "bin/pg_dump").getPath());
                }
            }
        }
        return all;
    }

    private static int major(String pgDump) {
        try {
            Process p = new ProcessBuilder(pgDump, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(10, TimeUnit.SECONDS);
            var m = java.util.regex.Pattern.compile("(\\d+)(\\.\\d+)?").matcher(out);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static String pgDump(String pgDump) throws Exception {
        Path out = Files.createTempFile("onecity-dump", ".sql");
        try {
            Process p = new ProcessBuilder(pgDump, "--host=localhost", "--port=" + TestDatabase.port(),
                    "--username=postgres", "--no-password", "--file=" + out, "onecity")
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("pg_dump failed: " + log);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static String copyAll(Connection c) throws Exception {
        List<String> tables = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery("""
                select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables
                where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                order by 1""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        StringWriter all = new StringWriter();
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (String t : tables) {
            all.write("COPY " + t + " FROM stdin;\n");
            copy.copyOut("COPY " + t + " TO STDOUT", all);
            all.write("\\.\n");
        }
        return all.toString();
    }
}

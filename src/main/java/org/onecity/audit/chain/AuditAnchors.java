package org.onecity.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.onecity.platform.OneCitySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Copies the audit chain's head (sequence number and hash) to a file outside the database, so that
 * someone who can rewrite the whole chain consistently inside the database (entries, hashes and
 * head) is still caught: the chain must contain the last anchored entry unchanged. Because every
 * hash covers all entries before it, checking the newest anchor checks everything up to it.
 */
@Component
public class AuditAnchors {

    /** One line of the anchor file: the chain had entry {@code seq} with {@code hash} at {@code at}. */
    public record Anchor(long seq, String hash, Instant at) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path file;

    AuditAnchors(JdbcClient jdbc, Clock clock, AuditAnchorSettings settings, OneCitySettings onecity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.file = settings.file() != null ? settings.file() : onecity.dataDir().resolve("audit").resolve("anchors.tsv");
    }

    public Path file() {
        return file;
    }

    /** Appends the current head when it has moved since the last anchor; returns what was written. */
    public synchronized Optional<Anchor> anchor() {
        Anchor head = jdbc.sql("select seq, hash from audit.audit_head where id = 1")
                .query((rs, n) -> new Anchor(rs.getLong(1), rs.getString(2), clock.instant())).single();
        Optional<Anchor> last = latest();
        if (head.seq() == 0 || last.isPresent() && last.get().seq() >= head.seq()) {
            return Optional.empty();
        }
        String line = head.seq() + "\t" + head.hash() + "\t" + head.at() + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append to the audit anchor file " + file, e);
        }
        return Optional.of(head);
    }

    /** The newest well-formed anchor in the file, if there is one (reads only the file's tail). */
    public Optional<Anchor> latest() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String tail;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int n = (int) Math.min(size, 8192);
            ByteBuffer buf = ByteBuffer.allocate(n);
            ch.read(buf, size - n);
            tail = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit anchor file " + file, e);
        }
        String[] lines = tail.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String[] parts = lines[i].split("\t");
            if (parts.length == 3 && parts[0].matches("\\d{1,18}") && parts[1].matches("[0-9a-f]{16,128}")) {
                try {
                    return Optional.of(new Anchor(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2].strip())));
                } catch (java.time.format.DateTimeParseException e) {
                    // a torn or damaged line: look at the one before
                }
            }
        }
        return Optional.empty();
    }
}

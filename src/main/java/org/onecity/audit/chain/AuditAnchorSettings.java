package org.onecity.audit.chain;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how often the audit chain's head is copied outside the database
 * ({@code onecity.sharing.audit-anchor.*}).
 *
 * @param file     the append-only anchor file (default {@code <data-dir>/audit/anchors.tsv}); put it
 *                 on storage the database's administrators cannot rewrite (another disk, a WORM mount)
 * @param interval how often each node copies the head when it has moved
 */
@ConfigurationProperties("onecity.sharing.audit-anchor")
public record AuditAnchorSettings(Path file, @DefaultValue("1m") Duration interval) {
}

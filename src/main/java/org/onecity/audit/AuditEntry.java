package org.onecity.audit;

import java.time.Instant;

/** One entry of the audit as read back: its place in the chain, its time and what it records. */
public record AuditEntry(long seq, Instant at, AccessRecord record) {
}

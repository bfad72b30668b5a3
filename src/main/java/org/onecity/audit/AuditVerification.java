package org.onecity.audit;

/**
 * The result of checking the audit chain end to end.
 *
 * @param intact   true when every entry is unchanged, none is missing and the order holds
 * @param entries  entries checked
 * @param firstBad sequence number of the first entry that fails (null when intact)
 * @param problem  what failed there
 */
public record AuditVerification(boolean intact, long entries, Long firstBad, String problem) {
}

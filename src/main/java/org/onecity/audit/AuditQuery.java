package org.onecity.audit;

/**
 * A search of the audit; every criterion is optional and they combine with AND. Text criteria
 * match parts, ignoring case.
 *
 * @param actor    part of the staff username or system code
 * @param agency   the caller's agency code (exact)
 * @param purpose  part of the stated purpose
 * @param caseRef  part of the case reference or of the subject (e.g. a request number)
 * @param field    a field name the entry released or changed (exact)
 * @param decision granted, partial, denied or break_glass
 */
public record AuditQuery(String actor, String agency, String purpose, String caseRef, String field, String decision) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);
}

package org.onecity.audit;

import java.util.List;
import org.onecity.shared.Actor;

/**
 * One access to or change of personal data, or one cross-agency call, as the audit keeps it: who,
 * through which system, for which agency, purpose and case, which fields (names, never values) and
 * what was decided.
 *
 * @param actor      the staff username, system code or resident reference
 * @param actorKind  staff, system, resident or job
 * @param system     the agency system's code when a machine called, else null
 * @param agency     the caller's agency (null for city-wide roles)
 * @param purpose    the stated purpose
 * @param caseRef    the case or request the access was for
 * @param action     read, update, export, consent, break_glass …
 * @param dataset    e.g. {@code requests.requester}
 * @param subject    whose data: e.g. the request number
 * @param fields     the field names released or changed (denied ones are in {@code reason})
 * @param decision   granted, partial, denied or break_glass
 * @param reason     why fields were denied, or the break-the-glass reason
 */
public record AccessRecord(String actor, String actorKind, String system, String agency, String purpose,
                           String caseRef, String action, String dataset, String subject, List<String> fields,
                           String decision, String reason) {

    public AccessRecord {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The same record with who acted taken from the actor. */
    public static AccessRecord by(Actor a, String purpose, String caseRef, String action, String dataset,
                                  String subject, List<String> fields, String decision, String reason) {
        return new AccessRecord(a.name(), kindOf(a), a.system(), a.agency(), purpose, caseRef, action, dataset, subject,
                fields, decision, reason);
    }

    /** The audit's actor kinds, as stored: staff, system, resident or job. */
    public static String kindOf(Actor a) {
        return switch (a.kind()) {
            case STAFF -> "staff";
            case AGENCY_SYSTEM -> "system";
            case RESIDENT -> "resident";
            case JOB -> "job";
        };
    }
}

package org.onecity.requests;

/**
 * An update an agency's system sends for one of its agency's requests, whichever API it came by
 * (Open311 {@code servicerequestupdates} or the machine API): a new status (with its outcome and
 * resolution when closing), or only a note when {@code status} is null.
 */
public record AgencyUpdate(String number, RequestStatus status, ClosureOutcome outcome, String note, boolean isPublic,
                           String resolution) {
}

package org.onecity.requests;

import org.onecity.shared.Actor;


/**
 * Move a request to a new status. Closing needs an outcome; a public note becomes the request's
 * status notes; a resolution text is kept when closing as resolved.
 */
public record ChangeStatus(String number, RequestStatus to, ClosureOutcome outcome, String note, boolean publicNote,
                           String resolution, Actor actor) {
}

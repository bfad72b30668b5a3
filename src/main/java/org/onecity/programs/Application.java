package org.onecity.programs;

import java.time.Instant;
import java.util.UUID;

/**
 * An application of a registered person to a program (without its sealed decision reason).
 *
 * @param personKey the people registry's key of the person (the survivor's after a merge)
 */
public record Application(long id, String number, String programCode, UUID personKey, ApplicationStatus status,
                          Channel channel, Instant submittedAt, String submittedBy, Instant decidedAt,
                          String decidedBy) {
}

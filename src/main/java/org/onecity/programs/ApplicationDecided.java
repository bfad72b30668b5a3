package org.onecity.programs;

import java.time.Instant;
import java.util.UUID;

/** Published synchronously, inside the deciding transaction, when staff approve or reject an application. */
public record ApplicationDecided(String number, String programCode, String programAgency, UUID personKey,
                                 ApplicationStatus outcome, String by, Instant at) {
}

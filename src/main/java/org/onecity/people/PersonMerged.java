package org.onecity.people;

import java.time.Instant;
import java.util.UUID;

/**
 * Published synchronously, inside the merge transaction, when the record {@code merged} is merged into
 * {@code survivor}: from then on the merged key resolves to the survivor.
 */
public record PersonMerged(UUID survivor, UUID merged, String survivorHolder, String mergedHolder, String by,
                           Instant at) {
}

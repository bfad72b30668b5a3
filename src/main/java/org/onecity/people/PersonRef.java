package org.onecity.people;

import java.util.UUID;

/**
 * A registered person, as other modules refer to them.
 *
 * @param key          the survivor's key when the asked one was merged
 * @param holderAgency the agency that holds the record (the provider in release decisions)
 */
public record PersonRef(UUID key, String holderAgency) {
}

package org.onecity.people.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the people pages and API share: parsing a key, the purposes staff state. */
final class PeopleWeb {

    /** The purposes a staff member states before seeing a person (agreements name them). */
    static final List<String> PURPOSES = List.of("program-eligibility", "case-follow-up", "service-delivery");

    private PeopleWeb() {
    }

    /** The key in the text, or empty when it is not a UUID. */
    static Optional<UUID> uuid(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

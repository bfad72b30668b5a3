package org.onecity.people.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the people pages and API share: parsing a key, the purposes staff state. */
final class PeopleWeb {

    /** The purposes a staff member states before seeing a person (agreements name them). */
    static final List<String> PURPOSES = List.of("program-eligibility", "case-follow-up", "service-delivery",
            "record-maintenance");
    /** The purposes a person consents to sharing for (record maintenance stays with the holder). */
    static final List<String> CONSENT_PURPOSES = PURPOSES.subList(0, 3);

    private PeopleWeb() {
    }

    /** Agency staff and supervisors register for their agency; administrators for any. */
    static boolean mayRegister(org.onecity.accounts.StaffUser u) {
        return u.has(org.onecity.accounts.Role.ADMIN) || u.agencyCode() != null
                && (u.has(org.onecity.accounts.Role.STAFF) || u.has(org.onecity.accounts.Role.SUPERVISOR));
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

package org.onecity.mydata.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.onecity.messaging.NotificationLinks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Checks a registry "who accessed my data" link: a tampered one is not found; an expired one is told apart. */
@Component
class PersonLinkCheck {

    private final NotificationLinks links;
    private final Clock clock;

    PersonLinkCheck(NotificationLinks links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** The key, when the signature is this key's and expiry's; otherwise 404. */
    UUID signed(String key, Long expires, String sig) {
        UUID k;
        try {
            k = UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (expires == null || !k.toString().equals(key) || !links.verifyPersonMyData(k, expires, sig)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return k;
    }

    boolean expired(long expires) {
        return !clock.instant().isBefore(Instant.ofEpochSecond(expires));
    }

    /** The key of a signed link still valid; 404 when tampered, 410 when expired (for changes). */
    UUID valid(String key, Long expires, String sig) {
        UUID k = signed(key, expires, sig);
        if (expired(expires)) {
            throw new ResponseStatusException(HttpStatus.GONE);
        }
        return k;
    }
}

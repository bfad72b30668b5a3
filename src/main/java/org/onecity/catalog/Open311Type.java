package org.onecity.catalog;

import java.util.Arrays;
import java.util.Optional;

/** How a service answers a POST: an id at once, a token to resolve later, or nothing. */
public enum Open311Type {
    REALTIME, BATCH, BLACKBOX;

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<Open311Type> fromWire(String s) {
        return Arrays.stream(values()).filter(t -> t.wire().equals(s)).findFirst();
    }
}

package org.onecity.requests;

import java.util.Arrays;
import java.util.Optional;

/** Why a request was closed. */
public enum ClosureOutcome {
    RESOLVED, DUPLICATE, NOT_CITY_RESPONSIBILITY, NO_FURTHER_ACTION, CANCELLED;

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<ClosureOutcome> fromWire(String s) {
        return Arrays.stream(values()).filter(v -> v.wire().equalsIgnoreCase(s == null ? "" : s.trim())).findFirst();
    }
}

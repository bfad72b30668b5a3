package org.onecity.programs;

import java.util.Arrays;
import java.util.Optional;

/** Where an application stands: submitted, then once and for all approved, rejected or withdrawn. */
public enum ApplicationStatus {
    SUBMITTED, APPROVED, REJECTED, WITHDRAWN;

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<ApplicationStatus> fromWire(String s) {
        return Arrays.stream(values()).filter(v -> v.wire().equals(s)).findFirst();
    }

    public boolean open() {
        return this == SUBMITTED;
    }

    /** Whether an application in this status may move to {@code next}: only an open one moves, and never to open. */
    public boolean mayBecome(ApplicationStatus next) {
        return this == SUBMITTED && next != SUBMITTED;
    }

    /** An outcome staff decide: approved or rejected. */
    public boolean decision() {
        return this == APPROVED || this == REJECTED;
    }
}

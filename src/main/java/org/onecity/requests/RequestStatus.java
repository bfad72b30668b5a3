package org.onecity.requests;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a request is in its lifecycle: submitted → acknowledged/assigned → in progress → action
 * scheduled → closed, and reopened after closure. The same table guards transitions in the
 * database (requests.allowed_transition).
 */
public enum RequestStatus {
    SUBMITTED, ACKNOWLEDGED, ASSIGNED, IN_PROGRESS, ACTION_SCHEDULED, CLOSED, REOPENED;

    private static final Set<RequestStatus> WORKING = EnumSet.of(ASSIGNED, IN_PROGRESS, ACTION_SCHEDULED, CLOSED);
    private static final Map<RequestStatus, Set<RequestStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(ACKNOWLEDGED, ASSIGNED, IN_PROGRESS, ACTION_SCHEDULED, CLOSED),
            ACKNOWLEDGED, WORKING,
            ASSIGNED, WORKING,
            IN_PROGRESS, EnumSet.of(ASSIGNED, ACTION_SCHEDULED, CLOSED),
            ACTION_SCHEDULED, EnumSet.of(ASSIGNED, IN_PROGRESS, CLOSED),
            CLOSED, EnumSet.of(REOPENED),
            REOPENED, EnumSet.of(ACKNOWLEDGED, ASSIGNED, IN_PROGRESS, ACTION_SCHEDULED, CLOSED));

    public boolean canMoveTo(RequestStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<RequestStatus> fromWire(String s) {
        return Arrays.stream(values()).filter(v -> v.wire().equalsIgnoreCase(s == null ? "" : s.trim())).findFirst();
    }
}

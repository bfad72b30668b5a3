package org.onecity.requests;

import org.onecity.shared.Actor;

/** How history names an actor's kind: the stored {@code actor_kind} strings, unchanged since the first release. */
final class HistoryActors {

    private HistoryActors() {
    }

    static String kind(Actor a) {
        return switch (a.kind()) {
            case STAFF -> "staff";
            case AGENCY_SYSTEM -> "agency_system";
            case RESIDENT -> "resident";
            case JOB -> "system";
        };
    }

    /** A machine filing through the public API (Open311) is recorded as an API client, as before. */
    static String filer(Actor a, Channel channel) {
        return a.is(Actor.Kind.AGENCY_SYSTEM) && channel == Channel.API ? "api_client" : kind(a);
    }
}

package org.onecity.requests;

/** Who did something to a request, for its history. */
public record Actor(String name, Kind kind) {

    public enum Kind {
        RESIDENT, STAFF, SYSTEM, AGENCY_SYSTEM, API_CLIENT;

        String wire() {
            return name().toLowerCase();
        }
    }

    public static final Actor SYSTEM = new Actor("onecity", Kind.SYSTEM);

    public static Actor resident() {
        return new Actor("resident", Kind.RESIDENT);
    }

    public static Actor staff(String username) {
        return new Actor(username, Kind.STAFF);
    }

    public static Actor apiClient(String name) {
        return new Actor(name, Kind.API_CLIENT);
    }
}

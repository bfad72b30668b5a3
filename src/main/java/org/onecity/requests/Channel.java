package org.onecity.requests;

import java.util.Arrays;
import java.util.Optional;

/** How a request reached the city. */
public enum Channel {
    WEB, PHONE, API, SMS, EMAIL, KIOSK, SOCIAL;

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<Channel> fromWire(String s) {
        return Arrays.stream(values()).filter(v -> v.wire().equalsIgnoreCase(s == null ? "" : s.trim())).findFirst();
    }
}

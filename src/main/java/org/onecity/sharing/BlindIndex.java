package org.onecity.sharing;

import java.util.Locale;

/** The kinds of exact-match lookup a keyed hash supports, each with the normalization applied first. */
public enum BlindIndex {
    EMAIL, PHONE, CURP;

    /** The canonical form hashed: lower-case email, phone digits only, upper-case CURP. */
    public String normalize(String value) {
        String v = value.strip();
        return switch (this) {
            case EMAIL -> v.toLowerCase(Locale.ROOT);
            case PHONE -> v.replaceAll("[^0-9]", "");
            case CURP -> v.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
        };
    }
}

package org.onecity.vault;

import java.util.Locale;

/** The kinds of exact-match lookup a keyed hash supports, each with the normalization applied first. */
public enum BlindIndex {
    EMAIL, PHONE, CURP,
    /** A person's full name with the birth date (the people registry's lookup without a CURP). */
    PERSON_NAME;

    /**
     * The canonical form hashed: lower-case email, phone digits only, upper-case CURP; a person's name
     * upper-case without accents, with single spaces.
     */
    public String normalize(String value) {
        String v = value.strip();
        return switch (this) {
            case EMAIL -> v.toLowerCase(Locale.ROOT);
            case PHONE -> v.replaceAll("[^0-9]", "");
            case CURP -> v.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
            case PERSON_NAME -> java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        };
    }
}

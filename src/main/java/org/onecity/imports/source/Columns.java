package org.onecity.imports.source;

import java.util.Locale;

/** Column names are matched ignoring case, spaces, underscores and punctuation: "Created Date" = "CreatedDate" = "created_date". */
public final class Columns {

    private Columns() {
    }

    public static String normalize(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}

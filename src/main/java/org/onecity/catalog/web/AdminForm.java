package org.onecity.catalog.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecity.shared.PlainText;
import org.onecity.shared.Texts;

/** How the catalog's admin forms read their fields: English and Spanish pairs, codes, numbers, comma lists. */
final class AdminForm {

    private AdminForm() {
    }

    /** The texts typed in English and Spanish; a blank one is left out. */
    static Texts texts(String en, String es) {
        Map<String, String> m = new LinkedHashMap<>();
        if (PlainText.trimToNull(en) != null) {
            m.put("en", en.strip());
        }
        if (PlainText.trimToNull(es) != null) {
            m.put("es", es.strip());
        }
        return new Texts(m);
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    /** A whole number; 0 when blank, -1 when not a number (the catalog's rules refuse it). */
    static int integer(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A comma-separated list, each item trimmed, blanks dropped. */
    static List<String> list(String s) {
        return s == null ? List.of() : Arrays.stream(s.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }
}

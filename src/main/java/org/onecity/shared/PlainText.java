package org.onecity.shared;

import java.util.regex.Pattern;

/** Rules for free text residents send: plain text only, bounded length, no control characters. */
public final class PlainText {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private PlainText() {
    }

    public static boolean containsMarkup(String s) {
        return s != null && MARKUP.matcher(s).find();
    }

    public static boolean containsControlCharacters(String s) {
        return s != null && CONTROL.matcher(s).find();
    }

    /** Null for blank input, otherwise trimmed. */
    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}

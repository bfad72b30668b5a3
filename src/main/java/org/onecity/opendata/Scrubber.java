package org.onecity.opendata;

import java.util.regex.Pattern;

/** Removes e-mail addresses and phone numbers from public free text before it is published. */
final class Scrubber {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /**
     * Phone numbers: North American 3-3-4 with separators or parentheses (optionally +1), ten digits in a
     * row, and international numbers starting with +. Request numbers such as 311-1000001 do not match.
     */
    private static final Pattern PHONE = Pattern.compile(String.join("|",
            "(?<![\\w-])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}(?![\\w-])",
            "(?<![\\w-])1?\\d{10}(?![\\w-])",
            "(?<![\\w-])\\+\\d{1,3}(?:[\\s.-]?\\d{2,4}){2,5}(?![\\w-])"));

    private Scrubber() {
    }

    static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String s = EMAIL.matcher(text).replaceAll("[email removed]");
        return PHONE.matcher(s).replaceAll("[phone removed]");
    }
}

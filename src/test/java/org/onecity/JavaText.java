package org.onecity;

import java.util.ArrayList;
import java.util.List;

/** Just enough of Java's lexical rules to read declarations as text: comments, literals, brackets. */
final class JavaText {

    private JavaText() {
    }

    /** The code with its comments blanked out; string, text-block and char literals kept as they are. */
    static String withoutComments(String code) {
        var out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = end < 0 ? code.length() : end;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
                out.append(' ');
            } else {
                int end = literalEnd(code, i);
                out.append(code, i, end);
                i = end;
            }
        }
        return out.toString();
    }

    /** Where the literal starting at {@code i} ends (exclusive); {@code i + 1} when none starts there. */
    static int literalEnd(String code, int i) {
        if (code.startsWith("\"\"\"", i)) {
            int end = code.indexOf("\"\"\"", i + 3);
            return end < 0 ? code.length() : end + 3;
        }
        char quote = code.charAt(i);
        if (quote != '"' && quote != '\'') {
            return i + 1;
        }
        int j = i + 1;
        while (j < code.length() && code.charAt(j) != quote) {
            j += code.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(j + 1, code.length());
    }

    /** The index of the bracket closing the one at {@code open}, skipping literals. */
    static int closing(String code, int open) {
        int depth = 0;
        int i = open;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
            i = literalEnd(code, i);
        }
        throw new IllegalArgumentException("no closing bracket for the one at " + open);
    }

    /** A comma-separated list split at its top level (not inside brackets, generics or literals). */
    static List<String> splitTopLevel(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int i = 0;
        while (i < list.length()) {
            char c = list.charAt(i);
            if ("({[<".indexOf(c) >= 0) {
                depth++;
            } else if (")}]>".indexOf(c) >= 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i));
                start = i + 1;
            }
            i = literalEnd(list, i);
        }
        parts.add(list.substring(start));
        return parts;
    }

    /** The text with its annotations ({@code @Name} and {@code @Name(…)}) removed. */
    static String withoutAnnotations(String text) {
        var out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '@') {
                int end = literalEnd(text, i);
                out.append(text, i, end);
                i = end;
                continue;
            }
            i++;
            while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
            int next = i;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < text.length() && text.charAt(next) == '(') {
                i = closing(text, next) + 1;
            }
            out.append(' ');
        }
        return out.toString();
    }
}

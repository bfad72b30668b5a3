package org.onecity.imports.mapping;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onecity.imports.source.Columns;
import org.onecity.imports.source.SourceRecord;

/** Reads one field of a record by its rule: columns, templates, trimming, case, empty values, value maps, dates. */
final class Values {

    private static final Pattern TEMPLATE_PART = Pattern.compile("\\{([^}]+)}");
    private static final Pattern ZIP = Pattern.compile("^(\\d{5})(?:-?\\d{4})?$");
    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    private final Mapping.FieldRule rule;
    private final List<String> columns;
    private final List<DateTimeFormatter> formats;
    private final List<List<String>> templates;
    private final Map<String, String> values;
    private final ZoneId zone;
    private final String[] empty;
    /** Bit n set when some "empty" value has n characters (n < 64): most values are compared with none. */
    private final long emptyLengths;
    private final boolean longEmpty;

    Values(Mapping.FieldRule rule, ZoneId zone) {
        this.rule = rule;
        this.zone = zone;
        this.columns = rule.columns().stream().map(Columns::normalize).toList();
        this.formats = rule.dateFormats().stream().map(Values::formatter).toList();
        this.templates = rule.templates().stream().map(Values::parts).toList();
        this.values = new java.util.HashMap<>();
        rule.values().forEach((k, v) -> values.put(k.strip().toLowerCase(Locale.ROOT), v));
        this.empty = rule.empty().toArray(String[]::new);
        long lengths = 0;
        boolean anyLong = false;
        for (String e : empty) {
            if (e.length() < 64) {
                lengths |= 1L << e.length();
            } else {
                anyLong = true;
            }
        }
        this.emptyLengths = lengths;
        this.longEmpty = anyLong;
    }

    private static DateTimeFormatter formatter(String pattern) {
        var b = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern);
        if (!pattern.matches(".*[HhKk].*")) {
            b.parseDefaulting(ChronoField.HOUR_OF_DAY, 0);
        }
        return b.toFormatter(Locale.US);
    }

    /** True when the record's file has at least one of the rule's columns. */
    boolean present(SourceRecord r) {
        for (String c : columns) {
            if (r.has(c)) {
                return true;
            }
        }
        return !rule.templates().isEmpty();
    }

    /** The raw text: first non-empty column, else the first template whose columns all have values; null if none. */
    String raw(SourceRecord r) {
        for (String c : columns) {
            String v = clean(r.get(c));
            if (v != null) {
                return v;
            }
        }
        for (List<String> t : templates) {
            String v = template(t, r);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The text after case rule, normalization and the value map (a mapped value is returned as mapped). */
    String text(SourceRecord r) {
        String v = raw(r);
        if (v == null) {
            return rule.defaultValue();
        }
        if ("upper".equals(rule.letterCase())) {
            v = v.toUpperCase(Locale.ROOT);
        } else if ("lower".equals(rule.letterCase())) {
            v = v.toLowerCase(Locale.ROOT);
        }
        if ("spaces".equals(rule.normalize())) {
            v = SPACES.matcher(v).replaceAll(" ");
        } else if ("zip5".equals(rule.normalize())) {
            Matcher m = ZIP.matcher(v);
            v = m.matches() ? m.group(1) : null;
        }
        if (v != null && !values.isEmpty()) {
            String mapped = values.get(v.toLowerCase(Locale.ROOT));
            if (mapped != null) {
                return mapped;
            }
        }
        return v;
    }

    /** True when the value map knows the text (maps are optional; without one every value is "known"). */
    boolean known(String raw) {
        return values.isEmpty() || raw != null && values.containsKey(raw.strip().toLowerCase(Locale.ROOT));
    }

    /** Parses a date-time with the rule's formats in the source's zone; null when unparseable. */
    Instant instant(String text) {
        for (int i = 0; i < formats.size(); i++) {
            String pattern = rule.dateFormats().get(i);
            if (FastDates.supports(pattern)) {
                LocalDateTime fast = FastDates.parse(pattern, text);
                if (fast != null) {
                    return fast.atZone(zone).toInstant();
                }
            }
            DateTimeFormatter f = formats.get(i);
            try {
                return LocalDateTime.parse(text, f).atZone(zone).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }

    private String clean(String v) {
        if (v == null) {
            return null;
        }
        String t = v.strip();
        if (t.isEmpty()) {
            return null;
        }
        int n = t.length();
        if (n < 64 ? (emptyLengths & 1L << n) == 0 : !longEmpty) {
            return t;
        }
        for (String e : empty) {
            if (e.equalsIgnoreCase(t)) {
                return null;
            }
        }
        return t;
    }

    /** Literal text and column parts of a template; odd indexes are normalized column names. */
    private static List<String> parts(String template) {
        List<String> parts = new java.util.ArrayList<>();
        Matcher m = TEMPLATE_PART.matcher(template);
        int at = 0;
        while (m.find()) {
            parts.add(template.substring(at, m.start()));
            parts.add(Columns.normalize(m.group(1)));
            at = m.end();
        }
        parts.add(template.substring(at));
        return parts;
    }

    private String template(List<String> parts, SourceRecord r) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                out.append(parts.get(i));
                continue;
            }
            String v = clean(r.get(parts.get(i)));
            if (v == null) {
                return null;
            }
            out.append(v);
        }
        String s = out.toString().strip();
        return s.isEmpty() ? null : s;
    }
}

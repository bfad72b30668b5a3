package org.onecity.imports.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The importer's CSV reader (Jackson) against commons-csv ({@code CSVFormat.RFC4180}, empty lines ignored, as the
 * importer used it before) on thousands of random files: quotes, doubled quotes, commas and line breaks in
 * quoted fields, whitespace and junk after a closing quote, unterminated quotes, empty lines, CR and CRLF,
 * short and long records, a missing last line break. Same records, same lines, same values, same failures.
 */
class CsvRecordSourceTest {

    private static final String[] NAMES = {"Unique Key", "Created Date", "Status", "Note", "Latitude", "unique_key"};

    @Test
    void readsEveryRandomFileExactlyAsCommonsCsv() throws Exception {
        Random random = new Random(20261127);
        int failures = 0;
        int multiLine = 0;
        int records = 0;
        for (int i = 0; i < 2000; i++) {
            String csv = randomFile(random);
            List<String> expected = commonsCsv(csv);
            List<String> actual = ourReader(csv);
            assertThat(actual).as("file %d: %s", i, csv.replace("\n", "\\n").replace("\r", "\\r")).isEqualTo(expected);
            failures += expected.contains("failed") ? 1 : 0;
            multiLine += csv.matches("(?s).*\"[^\"]*\n[^\"]*\".*") ? 1 : 0;
            records += expected.size();
        }
        assertThat(failures).as("files that fail to read").isBetween(50, 1500);
        assertThat(multiLine).as("files with a line break in quotes").isGreaterThan(250);
        assertThat(records).isGreaterThan(5_000);
    }

    @Test
    void largeFilesCrossTheReadBuffer() throws Exception {
        StringBuilder csv = new StringBuilder("Unique Key,Note\n");
        for (int i = 0; i < 3_000; i++) {
            csv.append(i).append(",\"line ").append(i).append("\nwith \"\"quotes\"\", and commas\"\r\n");
        }
        assertThat(ourReader(csv.toString())).isEqualTo(commonsCsv(csv.toString())).hasSize(3_000);
    }

    private static String randomFile(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(10) == 0) {
            b.append('\n');
        }
        int columns = 1 + r.nextInt(4);
        for (int c = 0; c < columns; c++) {
            b.append(c == 0 ? "" : ",").append(r.nextInt(8) == 0 ? "\"" + NAMES[r.nextInt(NAMES.length)] + "\""
                    : NAMES[r.nextInt(NAMES.length)]);
        }
        int lines = r.nextInt(12);
        for (int l = 0; l < lines; l++) {
            b.append(lineBreak(r));
            if (r.nextInt(8) == 0) {
                continue;
            }
            int fields = 1 + r.nextInt(columns + 2);
            for (int f = 0; f < fields; f++) {
                b.append(f == 0 ? "" : ",").append(field(r));
            }
        }
        if (r.nextBoolean()) {
            b.append(lineBreak(r));
        }
        return b.toString();
    }

    private static String lineBreak(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> "\r\n";
            case 1 -> "\r";
            default -> "\n";
        };
    }

    private static String field(Random r) {
        String[] parts = {"a", "Bc", " ", "\t", "é", "1.5", "x\"y", "ü€"};
        StringBuilder v = new StringBuilder();
        int n = r.nextInt(4);
        switch (r.nextInt(5)) {
            case 0, 1 -> {
                for (int i = 0; i < n; i++) {
                    v.append(parts[r.nextInt(parts.length)]);
                }
                return v.toString();
            }
            default -> {
                v.append('"');
                for (int i = 0; i < n; i++) {
                    v.append(switch (r.nextInt(7)) {
                        case 0 -> "\"\"";
                        case 1 -> ",";
                        case 2 -> lineBreak(r);
                        default -> parts[r.nextInt(parts.length)].replace("\"", "\"\"");
                    });
                }
                if (r.nextInt(150) == 0) {
                    return v.toString(); // unterminated when it is the last field
                }
                v.append('"');
                return switch (r.nextInt(40)) {
                    case 0 -> v + "  ";
                    case 1 -> v + "\t";
                    case 2 -> v + "junk";
                    default -> v.toString();
                };
            }
        }
    }

    /** Each record as "line|value|value…" by the header's columns; a last entry "failed" when reading failed. */
    private static List<String> ourReader(String csv) {
        List<String> out = new ArrayList<>();
        try (RecordSource source = RecordSource.open("csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            List<String> columns = columns(csv);
            while (source.hasNext()) {
                SourceRecord rec = source.next();
                out.add(describe(rec.line(), columns.stream().map(rec::get).toList()));
            }
        } catch (Exception e) {
            out.add("failed");
        }
        return out;
    }

    /**
     * The reference: commons-csv ({@code RFC4180}, empty lines ignored; what the importer used before) over the
     * normalized text, a record's line counted from where it starts in that text (after any empty lines).
     */
    private static List<String> commonsCsv(String csv) {
        List<String> out = new ArrayList<>();
        String normalized = csv.replace("\r\n", "\n").replace('\r', '\n');
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                .parse(new NormalizedReader(new InputStreamReader(new ByteArrayInputStream(
                        csv.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)))) {
            Iterator<CSVRecord> it = parser.iterator();
            if (!it.hasNext()) {
                throw new IllegalStateException("no header");
            }
            CSVRecord header = it.next();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(Columns.normalize(header.get(i)), i);
            }
            List<String> columns = columns(csv);
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                int start = (int) rec.getCharacterPosition();
                while (start < normalized.length() && normalized.charAt(start) == '\n') {
                    start++; // the empty lines before the record
                }
                if (rec.size() == 1 && rec.get(0).chars().allMatch(c -> c == ' ') && normalized.charAt(start) != '"') {
                    continue; // a line of spaces only: Jackson skips it as an empty line
                }
                long line = 1 + normalized.substring(0, start).chars().filter(c -> c == '\n').count();
                out.add(describe(line, columns.stream().map(c -> {
                    Integer i = index.get(c);
                    return i == null || i >= rec.size() ? null : rec.get(i);
                }).toList()));
            }
        } catch (Exception e) {
            out.add("failed");
        }
        return out;
    }

    /** Every column name any file may have, plus one no file has. */
    private static List<String> columns(String csv) {
        List<String> names = new ArrayList<>();
        for (String n : NAMES) {
            names.add(Columns.normalize(n));
        }
        names.add("absent");
        return names;
    }

    /**
     * Values are compared stripped: Jackson drops the spaces before an unquoted value (commons keeps them),
     * and the importer strips every value it reads anyway (Values.clean).
     */
    private static String describe(long line, List<String> values) {
        return line + "|" + String.join("|", values.stream().map(v -> v == null ? "<null>" : "[" + v.strip() + "]")
                .toList());
    }

    @Test
    void theNormalizedReaderFeedsIt() throws Exception {
        var r = new NormalizedReader(new StringReader("a\r\nb"));
        char[] buf = new char[8];
        assertThat(new String(buf, 0, r.read(buf, 0, 8))).isEqualTo("a\nb");
    }
}

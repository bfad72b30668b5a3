package org.onecity.imports.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Streaming readers: BOM, CRLF and lone CR, quoted multi-line fields, line numbers, JSON lines and arrays. */
class RecordSourceTest {

    @Test
    void normalizesLineEndingsAndDropsTheByteOrderMark() throws Exception {
        var r = new NormalizedReader(new StringReader("\uFEFFa\r\nb\rc\n\rd"));
        char[] buf = new char[3];
        StringBuilder out = new StringBuilder();
        for (int n; (n = r.read(buf, 0, buf.length)) > 0; ) {
            out.append(buf, 0, n);
        }
        assertThat(out.toString()).isEqualTo("a\nb\nc\n\nd");
    }

    @Test
    void csvRecordsKnowTheLineTheyStartOnAndColumnsMatchLoosely() throws Exception {
        String csv = "\uFEFFUnique Key,Created Date,Note\r\n1,x,\"two\r\nlines\"\r\n2,y,plain\r\n3,z\r\n";
        List<SourceRecord> records = read("csv", csv);
        assertThat(records).extracting(SourceRecord::line).containsExactly(2L, 4L, 5L);
        assertThat(records.get(0).get("note")).isEqualTo("two\nlines");
        assertThat(records.get(1).get(Columns.normalize("unique_key"))).isEqualTo("2");
        assertThat(records.get(2).get("note")).isNull();
        assertThat(records.get(2).has("note")).isTrue();
        assertThat(records.get(2).has("closeddate")).isFalse();
    }

    @Test
    void theRealSpreadsheetFileWithCrLineEndingsReadsEveryRecord() throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/nyc311/nyc311_2015_noise_excel.csv"));
        List<SourceRecord> records = read("csv", new String(bytes, StandardCharsets.UTF_8));
        assertThat(records).hasSize(1617);
        assertThat(records.get(0).get("createddate")).isEqualTo("12/31/15 12:01");
        assertThat(records.get(1616).line()).isEqualTo(1618);
    }

    @Test
    void jsonLinesAndArraysGiveTheSameRecords() throws Exception {
        String lines = "{\"unique_key\": \"7\", \"created_date\": \"2024-04-16T03:03:15.000\", \"location\": {\"a\": 1}}\n"
                + "{\"unique_key\": \"8\", \"latitude\": 40.7}\n";
        String array = "[\n {\"unique_key\": \"7\", \"created_date\": \"2024-04-16T03:03:15.000\", \"location\": {\"a\": 1}},\n"
                + " {\"unique_key\": \"8\", \"latitude\": 40.7}\n]";
        for (String text : List.of(lines, array)) {
            List<SourceRecord> records = read("json", text);
            assertThat(records).hasSize(2);
            assertThat(records.get(0).get("uniquekey")).isEqualTo("7");
            assertThat(records.get(0).get("createddate")).isEqualTo("2024-04-16T03:03:15.000");
            assertThat(records.get(0).get("location")).isEqualTo("{\"a\":1}");
            assertThat(records.get(1).get("latitude")).isEqualTo("40.7");
            assertThat(records.get(1).get("createddate")).isNull();
        }
        assertThat(read("json", lines)).extracting(SourceRecord::line).containsExactly(1L, 2L);
    }

    private static List<SourceRecord> read(String format, String text) throws Exception {
        List<SourceRecord> out = new ArrayList<>();
        try (RecordSource source = RecordSource.open(format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            source.forEachRemaining(out::add);
        }
        return out;
    }
}

package org.onecity.imports.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/** A streaming reader of a source file's records; CSV (header row) or JSON (lines or one array of objects). */
public interface RecordSource extends Iterator<SourceRecord>, Closeable {

    /** Characters read so far, for progress (an estimate of bytes for ASCII-heavy files). */
    long position();

    static RecordSource open(String format, InputStream in) throws IOException {
        NormalizedReader reader = new NormalizedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return switch (format == null ? "csv" : format) {
            case "csv" -> new CsvRecordSource(reader);
            case "json", "jsonl", "json-lines", "json-array" -> new JsonRecordSource(reader);
            default -> throw new IllegalArgumentException("Unknown source format: " + format + " (csv, json)");
        };
    }
}

package org.onecity.imports.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV with a header row; quoted fields may span lines. Columns are found by their normalized header name. */
final class CsvRecordSource implements RecordSource {

    private final NormalizedReader reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> index = new HashMap<>();
    private long nextLine;

    CsvRecordSource(NormalizedReader reader) throws IOException {
        this.reader = reader;
        this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
        this.records = parser.iterator();
        if (!records.hasNext()) {
            throw new IOException("The file is empty: no header row");
        }
        CSVRecord header = records.next();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(Columns.normalize(header.get(i)), i);
        }
        nextLine = parser.getCurrentLineNumber() + 1;
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw e;
        }
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord r = records.next();
        long line = nextLine;
        nextLine = parser.getCurrentLineNumber() + 1;
        return new Row(r, line);
    }

    @Override
    public long position() {
        return reader.consumed();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private final class Row implements SourceRecord {
        private final CSVRecord values;
        private final long line;

        Row(CSVRecord values, long line) {
            this.values = values;
            this.line = line;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public String get(String column) {
            Integer i = index.get(column);
            return i == null || i >= values.size() ? null : values.get(i);
        }

        @Override
        public boolean has(String column) {
            return index.containsKey(column);
        }
    }
}

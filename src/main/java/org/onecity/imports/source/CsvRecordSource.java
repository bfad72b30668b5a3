package org.onecity.imports.source;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * CSV with a header row (RFC 4180: commas, double quotes, doubled quotes inside them, quoted fields may
 * span lines; empty lines skipped), read by Jackson's streaming CSV parser. Columns are found by their
 * normalized header name. A malformed file stops the read with Jackson's error, naming the line.
 */
final class CsvRecordSource implements RecordSource {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    private final NormalizedReader reader;
    private final MappingIterator<String[]> records;
    private final Map<String, Integer> index = new HashMap<>();
    private long nextLine;

    CsvRecordSource(NormalizedReader reader) throws IOException {
        this.reader = reader;
        this.records = CSV.readerFor(String[].class).readValues(reader);
        if (!records.hasNext()) {
            throw new IOException("The file is empty: no header row");
        }
        String[] header = records.next();
        for (int i = 0; i < header.length; i++) {
            index.putIfAbsent(Columns.normalize(header[i]), i);
        }
        nextLine = records.currentLocation().getLineNr();
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long line = nextLine;
        String[] values = records.next();
        nextLine = records.currentLocation().getLineNr();
        return new Row(values, line);
    }

    @Override
    public long position() {
        return reader.consumed();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    private final class Row implements SourceRecord {
        private final String[] values;
        private final long line;

        Row(String[] values, long line) {
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
            return i == null || i >= values.length ? null : values[i];
        }

        @Override
        public boolean has(String column) {
            return index.containsKey(column);
        }
    }
}

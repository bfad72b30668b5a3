package org.onecity.imports.source;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON lines (one object per line) or one JSON array of objects, read as a stream. Nested values
 * are kept as their JSON text; keys are matched by their normalized name.
 */
final class JsonRecordSource implements RecordSource {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final NormalizedReader reader;
    private final JsonParser parser;
    private JsonNode pending;
    private long lineOfPending;

    JsonRecordSource(NormalizedReader reader) throws IOException {
        this.reader = reader;
        this.parser = JSON.createParser(reader);
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
            parser.nextToken();
        }
        advance();
    }

    private void advance() {
        pending = null;
        while (parser.currentToken() != null && parser.currentToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                long line = parser.currentLocation().getLineNr();
                JsonNode node = JSON.readTree(parser);
                pending = node;
                lineOfPending = line;
                parser.nextToken();
                return;
            }
            parser.nextToken();
        }
    }

    @Override
    public boolean hasNext() {
        return pending != null;
    }

    @Override
    public SourceRecord next() {
        if (pending == null) {
            throw new NoSuchElementException();
        }
        Map<String, String> values = new HashMap<>();
        pending.properties().forEach(e -> values.put(Columns.normalize(e.getKey()),
                e.getValue().isNull() ? null : e.getValue().isValueNode() ? e.getValue().asString() : e.getValue().toString()));
        long line = lineOfPending;
        advance();
        return new SourceRecord() {
            @Override
            public long line() {
                return line;
            }

            @Override
            public String get(String column) {
                return values.get(column);
            }

            @Override
            public boolean has(String column) {
                return values.containsKey(column);
            }
        };
    }

    @Override
    public long position() {
        return reader.consumed();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

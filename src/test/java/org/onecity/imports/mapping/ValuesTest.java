package org.onecity.imports.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.imports.source.SourceRecord;

/** A field's "empty" values: matched ignoring case after trimming, whatever their length; other values kept. */
class ValuesTest {

    private static final String LONG = "No value was recorded for this field by the agency's case system (legacy)";

    @Test
    void emptyValuesOfEveryLengthMeanNoValue() {
        Values v = new Values(new Mapping.FieldRule(List.of("Zip"), null, null, null, null, null,
                List.of("N/A", "Unspecified", "0", "00000", LONG), null), ZoneId.of("UTC"));
        assertThat(v.raw(record("n/a"))).isNull();
        assertThat(v.raw(record("  UNSPECIFIED "))).isNull();
        assertThat(v.raw(record("0"))).isNull();
        assertThat(v.raw(record("00000"))).isNull();
        assertThat(v.raw(record(LONG.toUpperCase()))).isNull();
        assertThat(v.raw(record("  "))).isNull();
        assertThat(v.raw(record("00"))).isEqualTo("00");
        assertThat(v.raw(record("NA"))).isEqualTo("NA");
        assertThat(v.raw(record("11101 "))).isEqualTo("11101");
        assertThat(v.raw(record("N/B"))).isEqualTo("N/B");
        assertThat(v.raw(record(LONG + "!"))).isEqualTo(LONG + "!");
        assertThat(v.raw(record(LONG.replace('N', 'M')))).isEqualTo(LONG.replace('N', 'M'));
    }

    @Test
    void withoutEmptyValuesOnlyBlankIsEmpty() {
        Values v = new Values(new Mapping.FieldRule(List.of("Zip"), null, null, Map.of(), null, null, null, null),
                ZoneId.of("UTC"));
        assertThat(v.raw(record("N/A"))).isEqualTo("N/A");
        assertThat(v.raw(record(""))).isNull();
    }

    private static SourceRecord record(String zip) {
        return new SourceRecord() {
            @Override
            public long line() {
                return 2;
            }

            @Override
            public String get(String column) {
                return "zip".equals(column) ? zip : null;
            }

            @Override
            public boolean has(String column) {
                return "zip".equals(column);
            }
        };
    }
}

package org.onecity.imports.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The fast readers agree with DateTimeFormatter wherever they answer (where they decline, the formatter reads). */
class FastDatesTest {

    private static final List<String> TEXTS = List.of("01/01/2024 12:05:10 AM", "01/01/2024 12:05:10 PM",
            "12/31/2023 11:59:59 pm", "02/29/2024 01:00:00 am", "02/30/2024 01:00:00 AM", "13/01/2024 01:00:00 AM",
            "01/01/2024 00:05:10 AM", "01/01/2024 13:05:10 PM", "01/01/2024 12:60:10 AM", "1/1/2024 1:05:10 AM",
            "01/01/2024 23:05:10", "01/01/2024 24:00:00", "01/01/2024", "02/31/2023", "01-01-2024", "",
            "01/01/2024 12:05:10 XM", "ab/cd/efgh 12:05:10 AM", "03/10/2024 02:30:00 AM", "11/03/2024 01:30:00 AM");

    @Test
    void agreesWithTheFormatterWhereverItAnswers() {
        for (String pattern : List.of("MM/dd/yyyy hh:mm:ss a", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy")) {
            assertThat(FastDates.supports(pattern)).isTrue();
            var b = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern);
            if (!pattern.contains("H") && !pattern.contains("h")) {
                b.parseDefaulting(ChronoField.HOUR_OF_DAY, 0);
            }
            DateTimeFormatter f = b.toFormatter(Locale.US);
            int answered = 0;
            for (String t : TEXTS) {
                LocalDateTime fast = FastDates.parse(pattern, t);
                if (fast != null) {
                    answered++;
                    assertThat(fast).as(pattern + " " + t).isEqualTo(LocalDateTime.parse(t, f));
                }
            }
            assertThat(answered).as(pattern).isPositive();
        }
        assertThat(FastDates.supports("yyyy-MM-dd'T'HH:mm:ss")).isFalse();
        assertThat(FastDates.parse("MM/dd/yyyy hh:mm:ss a", "01/01/2024 12:05:10 AM")).isEqualTo(
                LocalDateTime.of(2024, 1, 1, 0, 5, 10));
        assertThat(FastDates.parse("MM/dd/yyyy hh:mm:ss a", "02/30/2024 01:00:00 AM")).isNull();
    }
}

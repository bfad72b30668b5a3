package org.onecity.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * History lines written the way they were before lines said sentences (English note, no key): a
 * test inserts such a row, then runs the migration that keyed the old rows again (it touches only
 * lines without a sentence), as if the row had been stored before that migration ran.
 */
public final class OldHistoryLines {

    private static final String MIGRATION = "db/migration/requests/V20261207_1102__history_sentences_from_notes.sql";

    private OldHistoryLines() {
    }

    public static void key(JdbcClient jdbc) {
        try {
            jdbc.sql(new ClassPathResource(MIGRATION).getContentAsString(StandardCharsets.UTF_8)).update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

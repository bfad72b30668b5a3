package org.onecity.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence key the code says (history lines and refusals, in Java and in SQL: intake, the bulk
 * path, the migration that keyed old rows) is in the English and the Spanish bundles, and so is every
 * channel and status a sentence names.
 */
class SentenceKeysTest {

    private static final Pattern KEY = Pattern.compile("[\"'](history|refusal)\\.[A-Za-z]+[\"']");

    @Test
    void everyKeyUsedInCodeIsInTheEnglishAndSpanishBundles() {
        Set<String> used = keysIn(Path.of("src/main/java"), ".java");
        used.addAll(keysIn(Path.of("src/main/resources/db/migration"), ".sql"));
        assertThat(used).as("the scan finds the keys").contains("history.received", "history.receivedImported",
                "history.duplicateSuggested", "history.reasonRule", "refusal.cannotMove", "refusal.unknownAction");
        for (String suffix : new String[]{"", "_es"}) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(bundle(suffix).stringPropertyNames());
            assertThat(missing).as("keys missing in messages" + suffix + ".properties").isEmpty();
        }
    }

    @Test
    void everyChannelAndStatusASentenceNamesIsInBothBundles() {
        for (String suffix : new String[]{"", "_es"}) {
            Properties p = bundle(suffix);
            for (Channel c : Channel.values()) {
                assertThat(p).as(suffix + " " + c).containsKey("channel." + c.wire());
            }
            for (RequestStatus s : RequestStatus.values()) {
                assertThat(p).as(suffix + " " + s).containsKey("status." + s.wire());
            }
        }
    }

    private static Set<String> keysIn(Path root, String extension) {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(extension)).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group().substring(1, m.group().length() - 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static Properties bundle(String suffix) {
        Properties p = new Properties();
        try (var in = SentenceKeysTest.class.getResourceAsStream("/messages" + suffix + ".properties")) {
            assertThat(in).as("messages" + suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

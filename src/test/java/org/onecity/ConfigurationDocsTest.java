package org.onecity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecity.BoundProperties.Bound;

/** docs/configuration.md names every {@code onecity.*} property main code binds. */
class ConfigurationDocsTest {

    static final Path REFERENCE = Path.of("docs/configuration.md");

    @Test
    void everyPropertyTheCodeBindsIsInTheReference() throws IOException {
        var bound = BoundProperties.scan(Path.of("src/main/java"), Path.of("src/main/resources"));
        String docs = Files.readString(REFERENCE);

        assertThat(bound).extracting(Bound::name).contains("onecity.data-dir", "onecity.demo.api-key",
                "onecity.login.window", "onecity.jobs.enabled", "onecity.sharing.outbox.max-attempts");
        List<String> missing = bound.stream().filter(b -> !b.documentedIn(docs)).map(Bound::name).toList();
        assertThat(missing).as("bound in src/main but missing from " + REFERENCE + " (add a row: property, default,"
                + " meaning)").isEmpty();
    }

    @Test
    void readsEveryKindOfBinding(@TempDir Path dir) throws IOException {
        Path java = Files.createDirectories(dir.resolve("java"));
        Path resources = Files.createDirectories(dir.resolve("resources"));
        Files.writeString(java.resolve("ParkSettings.java"), """
                /** Ignored: @ConfigurationProperties("onecity.commented") record Old(int a) {} */
                @ConfigurationProperties(prefix = "onecity.parks")
                public record ParkSettings(@DefaultValue("a, b (c)") String openingHours, // record Trap(int x)
                                           @DefaultValue Mowing mowing, java.util.List<Bench> benches,
                                           Map<String, String> closedOn) {
                    public record Mowing(@DefaultValue("1h") java.time.Duration everyFewHours) {
                    }
                }
                """);
        Files.writeString(java.resolve("Bench.java"), "record Bench(String colour, int seatCount) {}");
        Files.writeString(java.resolve("Gate.java"), """
                @ConditionalOnBooleanProperty(name = "onecity.gates.enabled", matchIfMissing = true)
                class Gate {
                    Gate(@Value("${onecity.gates.opens-at:PT7H}") Duration opensAt, Environment env) {
                        env.getProperty("onecity.gates.keeper", "nobody");
                        String url = "http://example.org"; // "${onecity.in-a-comment}"
                    }
                }
                """);
        Files.writeString(resources.resolve("application.yml"), """
                server:
                  port: 8080
                onecity:
                  parks:
                    lights: on   # a comment
                  dir: ${onecity.home:/srv}/parks
                """);

        assertThat(BoundProperties.scan(java, resources)).containsExactly(
                new Bound("onecity.dir", false),
                new Bound("onecity.gates.enabled", false),
                new Bound("onecity.gates.keeper", false),
                new Bound("onecity.gates.opens-at", false),
                new Bound("onecity.home", false),
                new Bound("onecity.parks.benches[n].colour", false),
                new Bound("onecity.parks.benches[n].seat-count", false),
                new Bound("onecity.parks.closed-on", true),
                new Bound("onecity.parks.lights", false),
                new Bound("onecity.parks.mowing.every-few-hours", false),
                new Bound("onecity.parks.opening-hours", false));
    }

    @Test
    void aPropertyIsDocumentedOnlyByItsWholeName() {
        String docs = "| `onecity.demo.api-key` | demo-key |\n| `onecity.embedded-database.server.<setting>` | |";

        assertThat(new Bound("onecity.demo.api-key", false).documentedIn(docs)).isTrue();
        assertThat(new Bound("onecity.demo", false).documentedIn(docs)).isFalse();
        assertThat(new Bound("onecity.demo.api", false).documentedIn(docs)).isFalse();
        assertThat(new Bound("onecity.embedded-database.server", true).documentedIn(docs)).isTrue();
        assertThat(new Bound("onecity.embedded-database.server", false).documentedIn(docs)).isFalse();
    }
}

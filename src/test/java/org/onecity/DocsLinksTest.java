package org.onecity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relative link in README.md, BENCHMARKS.md and docs/ leads to a file, and its #anchor to a heading. */
class DocsLinksTest {

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern FENCED = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    @Test
    void everyRelativeLinkResolves() {
        List<Path> pages = pages(Path.of("."));

        assertThat(pages).contains(Path.of("./README.md"), Path.of("./docs/configuration.md"));
        assertThat(links(pages)).as("links checked").hasSizeGreaterThan(40);
        assertThat(broken(pages)).as("relative links that lead nowhere (page: link)").isEmpty();
    }

    @Test
    void namesALinkToAMissingFileOrHeading(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("README.md"), """
                # Start
                [guide](docs/guide.md#where-things-are) [gone](docs/gone.md) [no such part](docs/guide.md#nowhere)
                [site](https://example.org) `[not a link](nowhere.md)` [here](#start) ![shot](docs/shot.png)
                """);
        Files.writeString(dir.resolve("docs/guide.md"), "# Guide\n\n## Where things are\n[back](../README.md)\n");

        assertThat(broken(pages(dir))).containsExactly("README.md: docs/gone.md", "README.md: docs/guide.md#nowhere",
                "README.md: docs/shot.png");
    }

    @Test
    void anchorsAreGitHubHeadingIds() {
        assertThat(anchor("Residents: who accessed my data, and consent"))
                .isEqualTo("residents-who-accessed-my-data-and-consent");
        assertThat(anchor("Demo accounts and API keys (demo mode only)"))
                .isEqualTo("demo-accounts-and-api-keys-demo-mode-only");
        assertThat(anchor("Sharing, encryption and audit")).isEqualTo("sharing-encryption-and-audit");
        assertThat(anchor("Profile (`bench/intake/profile.sh`, 16 clients)")).isEqualTo("profile-benchintakeprofilesh-16-clients");
    }

    static List<Path> pages(Path root) {
        List<Path> pages = new ArrayList<>();
        for (String top : List.of("README.md", "BENCHMARKS.md")) {
            if (Files.exists(root.resolve(top))) {
                pages.add(root.resolve(top));
            }
        }
        if (Files.isDirectory(root.resolve("docs"))) {
            try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
                files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }

    static List<String> broken(List<Path> pages) {
        List<String> broken = new ArrayList<>();
        Path root = pages.get(0).getParent();
        for (Path page : pages) {
            for (String link : links(page)) {
                String file = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                String fragment = link.contains("#") ? link.substring(link.indexOf('#') + 1) : "";
                Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                boolean ok = Files.exists(target)
                        && (fragment.isEmpty() || !Files.isRegularFile(target) || anchors(target).contains(fragment));
                if (!ok) {
                    broken.add(root.relativize(page) + ": " + link);
                }
            }
        }
        return broken;
    }

    static List<String> links(List<Path> pages) {
        return pages.stream().flatMap(p -> links(p).stream()).toList();
    }

    static List<String> links(Path page) {
        String text = CODE_SPAN.matcher(FENCED.matcher(read(page)).replaceAll("")).replaceAll("code");
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String target = m.group(1);
            if (!target.matches("(?i)(https?|mailto):.*")) {
                links.add(target);
            }
        }
        return links;
    }

    static List<String> anchors(Path page) {
        List<String> anchors = new ArrayList<>();
        Matcher m = HEADING.matcher(FENCED.matcher(read(page)).replaceAll(""));
        while (m.find()) {
            anchors.add(anchor(m.group(1)));
        }
        return anchors;
    }

    /** GitHub's heading id: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.onecity.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The site's messages: Spanish has every English key; the other nine languages have every
 * resident-portal key; messages with arguments keep their apostrophes (MessageFormat quoting).
 */
class MessagesTest {

    static final List<String> PORTAL_ONLY = List.of("zh", "ru", "bn", "ht", "ko", "ar", "ur", "fr", "pl");
    static final List<String> STAFF_PREFIXES = List.of("agent.", "queue.", "detail.", "outcome.", "sup.", "admin.",
            "login.", "noScreen.", "mail.", "sms.", "nav.agent", "nav.workspace", "nav.supervisor", "nav.admin",
            "people.", "programs.");
    /** System-written history lines and refusals: English and Spanish; other languages show English marked lang="en". */
    static final List<String> ENGLISH_FALLBACK_PREFIXES = List.of("channel.", "history.", "refusal.");

    @Test
    void spanishIsComplete() {
        Set<String> missing = new TreeSet<>(load("").stringPropertyNames());
        missing.removeAll(load("_es").stringPropertyNames());
        assertThat(missing).isEmpty();
    }

    @Test
    void everyCityLanguageHasTheWholeResidentPortal() {
        Set<String> portal = new TreeSet<>(load("").stringPropertyNames());
        portal.removeIf(k -> STAFF_PREFIXES.stream().anyMatch(k::startsWith)
                || ENGLISH_FALLBACK_PREFIXES.stream().anyMatch(k::startsWith));
        assertThat(portal).contains("home.heading", "form.submit", "track.title", "survey.heading", "reopen.law");
        for (String lang : PORTAL_ONLY) {
            Set<String> missing = new TreeSet<>(portal);
            missing.removeAll(load("_" + lang).stringPropertyNames());
            assertThat(missing).as("portal keys missing in " + lang).isEmpty();
        }
    }

    @Test
    void messagesWithArgumentsFormatAndKeepTheirText() {
        for (String suffix : List.of("", "_es", "_zh", "_ru", "_bn", "_ht", "_ko", "_ar", "_ur", "_fr", "_pl")) {
            Properties p = load(suffix);
            for (String key : p.stringPropertyNames()) {
                String raw = p.getProperty(key);
                if (raw.contains("{0}")) {
                    String out = new MessageFormat(raw).format(new Object[]{"X", "Y", "Z", "W"});
                    assertThat(out).as(suffix + " " + key).contains("X");
                    assertThat(raw.replace("''", "")).as(suffix + " " + key + ": a lone ' would vanish").doesNotContain("'");
                }
            }
        }
    }

    static Properties load(String suffix) {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/messages" + suffix + ".properties")) {
            assertThat(in).as("messages" + suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}

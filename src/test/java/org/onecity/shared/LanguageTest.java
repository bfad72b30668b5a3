package org.onecity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void aParameterWinsThenTheBestSupportedHeaderEntryThenEnglish() {
        assertThat(Language.resolve("es", "fr").code()).isEqualTo("es");
        assertThat(Language.resolve(null, "de-DE,de;q=0.9,zh-CN;q=0.8,en;q=0.5").code()).isEqualTo("zh");
        assertThat(Language.resolve("xx", "nonsense;;q=").code()).isEqualTo("en");
        assertThat(Language.resolve(null, null).code()).isEqualTo("en");
        assertThat(Language.of("ar").orElseThrow().rightToLeft()).isTrue();
    }

    @Test
    void textsFallBackToEnglishNeverToAKey() {
        Texts t = new Texts(Map.of("en", "Noise", "es", "Ruido", "ko", " "));
        assertThat(t.in("es")).isEqualTo("Ruido");
        assertThat(t.in("ko")).isEqualTo("Noise");
        assertThat(t.in(Language.resolve(null, "pl"))).isEqualTo("Noise");
    }
}

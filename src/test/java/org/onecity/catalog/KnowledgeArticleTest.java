package org.onecity.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecity.shared.Language;
import org.onecity.shared.Texts;

class KnowledgeArticleTest {

    private final KnowledgeArticle article = new KnowledgeArticle("a", Texts.en("Title"),
            new Texts(Map.of("en", "First line\nsame paragraph.\n\n  Second.\r\n\r\n\n\nThird.", "es", "Uno.\n\nDos.")),
            Texts.en("Topic"), Map.of("es", List.of("bache")), null, true, null);

    @Test
    void blankLinesSeparateParagraphsAndSingleLineBreaksDoNot() {
        assertThat(article.paragraphs(Language.ENGLISH)).containsExactly("First line\nsame paragraph.", "Second.", "Third.");
        assertThat(article.paragraphs(Language.of("es").orElseThrow())).containsExactly("Uno.", "Dos.");
    }

    @Test
    void aLanguageWithoutTextFallsBackToEnglish() {
        assertThat(article.paragraphs(Language.of("fr").orElseThrow())).hasSize(3);
        assertThat(article.keywordsIn(Language.of("es").orElseThrow())).containsExactly("bache");
        assertThat(article.keywordsIn(Language.ENGLISH)).isEmpty();
        assertThat(article.serviceCodes()).isEmpty();
    }
}

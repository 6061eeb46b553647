package org.corpusdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageGuesserTest {

    private static final LanguageGuesser GUESSER = new LanguageGuesser();

    /** One news paragraph per language, written for this test (src/test/resources/language-samples). */
    @ParameterizedTest
    @ValueSource(strings = {"de", "es", "fr", "it", "nl", "pl", "pt", "ru", "sv", "tr", "uk"})
    void newsParagraphsAreRecognised(String language) throws IOException {
        assertThat(GUESSER.guess(sample(language))).isEqualTo(language);
    }

    @Test
    void onlyTheBeginningOfALongTextIsRead() throws IOException {
        String french = sample("fr");
        String german = sample("de");
        assertThat(GUESSER.guess(french + "\n\n" + german.repeat(5))).isEqualTo("fr");
    }

    @Test
    void tooLittleTextGivesNoLanguage() {
        assertThat(GUESSER.guess("")).isNull();
        assertThat(GUESSER.guess("12 34 — 56")).isNull();
    }

    private static String sample(String language) throws IOException {
        try (InputStream in = LanguageGuesserTest.class.getResourceAsStream("/language-samples/" + language + ".txt")) {
            assertThat(in).as(language + " sample").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

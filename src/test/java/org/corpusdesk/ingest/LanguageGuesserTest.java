package org.corpusdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Optional;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.corpusdesk.benchmark.SyntheticCorpus;
import org.corpusdesk.support.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageGuesserTest {

    private static final LanguageGuesser GUESSER = new LanguageGuesser();
    private static final List<String> LANGUAGES = List.of("de", "es", "fr", "it", "nl", "pl", "pt", "ru", "sv", "tr", "uk");

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

    /**
     * NgramDetector reimplements Optimaize's algorithm for speed: its answers must be Optimaize's own, on long
     * and short texts, in many scripts, on synthetic articles, the seeds and text cut at random places.
     */
    @Test
    void answersAsOptimaizeItselfDoes() throws Exception {
        LanguageDetector optimaize = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .minimalConfidence(LanguageGuesser.MIN_PROBABILITY)
                .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                .build();
        List<String> texts = new ArrayList<>();
        SyntheticCorpus corpus = new SyntheticCorpus(7, 3_000);
        for (int i = 0; i < 2_000; i++) {
            texts.add(corpus.article(i));
        }
        SplittableRandom random = new SplittableRandom(3);
        for (String language : LANGUAGES) {
            String text = sample(language);
            texts.add(text);
            for (int i = 0; i < 40; i++) {
                int from = random.nextInt(text.length() - 1);
                // lengths around Optimaize's 50-character switch between its two algorithms, and longer
                int length = i % 2 == 0 ? 1 + random.nextInt(80) : 60 + random.nextInt(600);
                texts.add(text.substring(from, Math.min(text.length(), from + length)));
            }
            texts.add(text.substring(0, text.length() / 2) + sample(LANGUAGES.get(random.nextInt(LANGUAGES.size()))));
        }
        try (var seeds = Files.list(Seeds.folder())) {
            for (Path seed : seeds.toList()) {
                texts.add(Files.readString(seed));
            }
        }
        Map<String, Integer> answers = new TreeMap<>();
        for (String text : texts) {
            Optional<LdLocale> expected = optimaize.detect(GUESSER.normalised(text));
            String guess = GUESSER.guess(text);
            assertThat(guess).as(text).isEqualTo(expected.isPresent() ? expected.get().getLanguage() : null);
            answers.merge(String.valueOf(guess), 1, Integer::sum);
        }
        // not a trivial agreement: every sampled language, and texts too short or mixed to tell, were seen
        assertThat(answers).containsKeys(LANGUAGES.toArray(String[]::new)).containsKeys("en", "null");
    }

    private static String sample(String language) throws IOException {
        try (InputStream in = LanguageGuesserTest.class.getResourceAsStream("/language-samples/" + language + ".txt")) {
            assertThat(in).as(language + " sample").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.corpusdesk.ingest;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * ISO 639-1 language of a text from character n-gram profiles (Optimaize, the detector Apache Tika uses).
 * Reads the first {@value #SAMPLE_CHARS} characters: the cost is in extracting and looking up the sample's
 * n-grams, not in Optimaize's seven sampled trials, so the sample's length is what costs. 500 characters give
 * the same answers as 1,000 on the seeds and on news paragraphs in 11 languages (LanguageGuesserTest), at
 * three quarters of the time (docs/benchmarks.md).
 */
@Component
public class LanguageGuesser {

    private static final int SAMPLE_CHARS = 500;
    private static final double MIN_PROBABILITY = 0.85;

    private final LanguageDetector detector;
    private final ThreadLocal<TextObjectFactory> texts =
            ThreadLocal.withInitial(CommonTextObjectFactories::forDetectingShortCleanText);

    public LanguageGuesser() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .minimalConfidence(MIN_PROBABILITY)
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing from the classpath", e);
        }
    }

    /** The language code, or null when the text is too short or mixed to tell. */
    public String guess(String text) {
        String sample = text;
        if (text.length() > SAMPLE_CHARS) {
            // end the sample between words, so that no half word adds n-grams of its own
            int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
            sample = text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
        }
        com.google.common.base.Optional<LdLocale> found = detector.detect(texts.get().forText(sample));
        return found.isPresent() ? found.get().getLanguage() : null;
    }
}

package org.corpusdesk.ingest;

import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObject;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * ISO 639-1 language of a text from character n-gram profiles (Optimaize, the detector Apache Tika uses).
 * Reads the first {@value #SAMPLE_CHARS} characters: 500 characters give the same answers as 1,000 on the seeds
 * and on news paragraphs in 11 languages (LanguageGuesserTest), and extracting a longer sample's n-grams costs
 * more. The detection itself is {@link NgramDetector}: Optimaize's algorithm without its per-draw string
 * lookups: the same answers, about 2.3 times faster (docs/benchmarks.md).
 */
@Component
public class LanguageGuesser {

    private static final int SAMPLE_CHARS = 500;
    /** The least probability at which the likeliest language is the answer (Optimaize's minimal confidence). */
    static final double MIN_PROBABILITY = 0.85;

    /** Loaded on a thread of its own (70 profiles): an import reads and cleans meanwhile. */
    private final java.util.concurrent.CompletableFuture<NgramDetector> detector;
    private final ThreadLocal<TextObjectFactory> texts =
            ThreadLocal.withInitial(CommonTextObjectFactories::forDetectingShortCleanText);

    public LanguageGuesser() {
        detector = new java.util.concurrent.CompletableFuture<>();
        Thread loading = new Thread(() -> {
            try {
                detector.complete(new NgramDetector(new LanguageProfileReader().readAllBuiltIn()));
            } catch (IOException e) {
                detector.completeExceptionally(new UncheckedIOException("language profiles missing from the classpath", e));
            } catch (RuntimeException | Error e) {
                detector.completeExceptionally(e);
            }
        }, "language-profiles");
        loading.setDaemon(true);
        loading.start();
    }

    /** The language code, or null when the text is too short or mixed to tell. */
    public String guess(String text) {
        NgramDetector loaded = detector.join();
        int best = loaded.likeliest(normalised(text), MIN_PROBABILITY);
        return best < 0 ? null : loaded.languages().get(best).getLanguage();
    }

    /** The sample as Optimaize reads it: characters normalised, runs of spaces made one. */
    TextObject normalised(String text) {
        return texts.get().forText(sample(text));
    }

    /** The part of the text that is read: its beginning, ended between words. */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        // end the sample between words, so that no half word adds n-grams of its own
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
    }
}

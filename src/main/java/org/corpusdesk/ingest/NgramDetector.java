package org.corpusdesk.ingest;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.LanguageProfile;
import it.unimi.dsi.fastutil.longs.Long2IntLinkedOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Optimaize's language detection (LanguageDetectorImpl in language-detector 0.6, default settings), step for
 * step: for texts longer than 50 characters the same n-gram list in the same order, the same seeded random
 * draws, trials, smoothing, convergence checks and floating-point operations; for shorter texts the same pass
 * over counted n-grams; both over the same probability arrays. Only the bookkeeping differs: an n-gram is a
 * {@code long} of its characters instead of a String looked up in a {@code HashMap<String, double[]>} at every
 * draw, the draws come from {@link LegacyRandom}, and a last trial that cannot change the answer is skipped.
 * Together about 2.3 times faster on 500-character news samples (docs/benchmarks.md); what remains is mostly the
 * algorithm's own arithmetic. LanguageGuesserTest checks that the answers are Optimaize's.
 */
final class NgramDetector {

    private static final int GRAM_LENGTHS = 3;
    private static final int SHORT_TEXT = 50;
    private static final long SEED = 41;
    private static final int TRIALS = 7;
    private static final int ITERATION_LIMIT = 1000;
    private static final double ALPHA = 0.5;
    private static final double ALPHA_WIDTH = 0.05;
    private static final double BASE_FREQUENCY = 10_000;
    private static final double CONVERGED = 0.99999;

    private final List<LdLocale> languages;
    private final Long2ObjectOpenHashMap<double[]> probabilities = new Long2ObjectOpenHashMap<>();

    NgramDetector(List<LanguageProfile> profiles) {
        NgramFrequencyData data = NgramFrequencyData.create(profiles, List.of(1, 2, 3));
        languages = data.getLanguageList();
        for (LanguageProfile profile : profiles) {
            for (int n = 1; n <= GRAM_LENGTHS; n++) {
                for (Map.Entry<String, Integer> gram : profile.iterateGrams(n)) {
                    probabilities.put(key(gram.getKey(), 0, n), data.getProbabilities(gram.getKey()));
                }
            }
        }
        probabilities.trim();
    }

    List<LdLocale> languages() {
        return languages;
    }

    /**
     * The index in {@link #languages()} of the likeliest language when its probability is at least
     * {@code minProbability}, else -1 (also when the text has no n-grams). The text is Optimaize's normalised
     * text object.
     */
    int likeliest(CharSequence text, double minProbability) {
        long[] grams = grams(text);
        if (grams.length == 0) {
            return -1;
        }
        double[] prob = text.length() <= SHORT_TEXT ? countedGrams(grams) : randomTrials(grams, minProbability);
        int best = 0;
        for (int l = 1; l < prob.length; l++) {
            if (prob[l] > prob[best]) {
                best = l;
            }
        }
        return prob[best] >= minProbability ? best : -1;
    }

    /** Short texts: each distinct n-gram once, in order of first appearance, weighted by its count. */
    private double[] countedGrams(long[] grams) {
        Long2IntLinkedOpenHashMap counts = new Long2IntLinkedOpenHashMap();
        for (long gram : grams) {
            counts.addTo(gram, 1);
        }
        double[] prob = new double[languages.size()];
        Arrays.fill(prob, 1.0 / prob.length);
        double weight = ALPHA / BASE_FREQUENCY;
        for (Long2IntMap.Entry entry : counts.long2IntEntrySet()) {
            double[] gram = probabilities.get(entry.getLongKey());
            if (gram != null) {
                for (int l = 0; l < prob.length; l++) {
                    for (int times = 0; times < entry.getIntValue(); times++) {
                        prob[l] *= weight + gram[l];
                    }
                }
            }
            if (normalise(prob) > CONVERGED) {
                break;
            }
        }
        normalise(prob);
        return prob;
    }

    /**
     * Longer texts: seven trials of randomly drawn n-grams, averaged. The last trial is skipped when it cannot
     * change the answer: each trial adds at most 1/7 to any language, so when after six the likeliest language
     * already has {@code minProbability} and leads every other by more than 1/7, it stays the answer.
     */
    private double[] randomTrials(long[] grams, double minProbability) {
        int count = languages.size();
        double[] result = new double[count];
        double[] prob = new double[count];
        LegacyRandom random = new LegacyRandom(SEED);
        for (int trial = 0; trial < TRIALS; trial++) {
            if (trial == TRIALS - 1 && decided(result, minProbability)) {
                break;
            }
            Arrays.fill(prob, 1.0 / count);
            double weight = (ALPHA + random.nextGaussian() * ALPHA_WIDTH) / BASE_FREQUENCY;
            for (int i = 0; i < ITERATION_LIMIT; i++) {
                double[] gram = probabilities.get(grams[random.nextInt(grams.length)]);
                if (gram != null) {
                    for (int l = 0; l < count; l++) {
                        prob[l] *= weight + gram[l];
                    }
                }
                if (i % 5 == 0 && normalise(prob) > CONVERGED) {
                    break;
                }
            }
            for (int l = 0; l < count; l++) {
                result[l] += prob[l] / TRIALS;
            }
        }
        return result;
    }

    /** Whether one more trial (adding at most 1/7 to any language) can no longer change the answer. */
    private static boolean decided(double[] sums, double minProbability) {
        double best = 0;
        double second = 0;
        for (double p : sums) {
            if (p > best) {
                second = best;
                best = p;
            } else if (p > second) {
                second = p;
            }
        }
        // the margin covers the rounding of the last additions
        return best >= minProbability && best - second > 1.0 / TRIALS + 1e-9;
    }

    /**
     * Scales to a sum of 1 as Optimaize does (the sum in the same order, then a division each) and returns the
     * largest probability. The divisions get a loop of their own, which the JIT can turn into vector divisions:
     * each result is the same correctly rounded quotient. The largest quotient is the largest value's quotient,
     * as rounding never reverses an order.
     */
    private static double normalise(double[] prob) {
        double sum = 0;
        double max = 0;
        for (double p : prob) {
            sum += p;
            max = Math.max(max, p);
        }
        for (int l = 0; l < prob.length; l++) {
            prob[l] = prob[l] / sum;
        }
        return max / sum;
    }

    /**
     * The 1-, 2- and 3-grams of the text padded with a space on each side, in Optimaize's order and with its
     * standard filter: no 1-gram that is a space, no 3-gram with a space in the middle.
     */
    private static long[] grams(CharSequence text) {
        if (text.isEmpty()) {
            return new long[0];
        }
        StringBuilder padded = new StringBuilder(text.length() + 2);
        if (text.charAt(0) != ' ') {
            padded.append(' ');
        }
        padded.append(text);
        if (text.charAt(text.length() - 1) != ' ') {
            padded.append(' ');
        }
        int length = padded.length();
        long[] grams = new long[3 * length];
        int n = 0;
        for (int p = 0; p < length; p++) {
            if (padded.charAt(p) != ' ') {
                grams[n++] = key(padded, p, 1);
            }
        }
        for (int p = 0; p + 1 < length; p++) {
            grams[n++] = key(padded, p, 2);
        }
        for (int p = 0; p + 2 < length; p++) {
            if (padded.charAt(p + 1) != ' ') {
                grams[n++] = key(padded, p, 3);
            }
        }
        return Arrays.copyOf(grams, n);
    }

    /** The gram's length, then its UTF-16 characters, 16 bits each. */
    private static long key(CharSequence text, int from, int length) {
        long key = length;
        for (int i = from; i < from + length; i++) {
            key = key << 16 | text.charAt(i);
        }
        return key;
    }
}

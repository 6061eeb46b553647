package org.corpusdesk.ingest.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShingleSketchTest {

    @Test
    void identicalTextsUpToCaseAndPunctuationAreIdentical() {
        ShingleSketch a = ShingleSketch.of(text(1, 400));
        ShingleSketch b = ShingleSketch.of(text(1, 400).toUpperCase().replace(" ", " , "));
        assertThat(a.jaccard(b)).isEqualTo(1.0);
        assertThat(a.containment(b)).isEqualTo(1.0);
    }

    @Test
    void unrelatedTextsScoreNearZero() {
        assertThat(ShingleSketch.of(text(1, 400)).containment(ShingleSketch.of(text(2, 400)))).isLessThan(0.05);
    }

    @Test
    void anExcerptIsContainedInItsSource() {
        String full = text(3, 900);
        String excerpt = full.substring(0, full.length() / 3);
        ShingleSketch a = ShingleSketch.of(full);
        ShingleSketch b = ShingleSketch.of(excerpt);
        assertThat(b.containment(a)).isCloseTo(1.0, within(0.15));
        assertThat(a.jaccard(b)).isCloseTo(0.33, within(0.12));
    }

    @Test
    void encodingRoundTrips() {
        ShingleSketch s = ShingleSketch.of(text(4, 300));
        assertThat(ShingleSketch.decode(s.shingleCount(), s.encodedHashes())).isEqualTo(s);
        assertThat(s.minHashes()).hasSize(ShingleSketch.K);
    }

    @Test
    void storyIndexClustersRewritesAndMarksCopies() {
        StoryIndex index = new StoryIndex();
        String original = text(5, 600);
        ShingleSketch first = ShingleSketch.of(original);
        assertThat(index.match(10, first)).isEqualTo(new StoryMatch(10, null, null));
        index.add(10, 10, first);
        index.add(11, 11, ShingleSketch.of(text(6, 600)));

        ShingleSketch rewrite = ShingleSketch.of(rewrite(original, 7));
        StoryMatch rewriteMatch = index.match(12, rewrite);
        assertThat(rewriteMatch.storyCluster()).isEqualTo(10);
        assertThat(rewriteMatch.duplicateOf()).isNull();

        ShingleSketch copy = ShingleSketch.of(original + " One more closing sentence.");
        assertThat(index.match(13, copy).duplicateOf()).isEqualTo(10L);

        assertThat(index.match(14, ShingleSketch.of(text(8, 600))).storyCluster()).isEqualTo(14);
    }

    /** A story carried by many outlets: every copy finds the story while its hashes' buckets fill up, and after. */
    @Test
    void storyIndexKeepsFindingAStoryCarriedByManyOutletsAndSkipsStockPhrases() {
        StoryIndex index = new StoryIndex();
        String original = text(21, 600);
        index.add(1, 1, ShingleSketch.of(original));
        for (int copy = 2; copy <= StoryIndex.MAX_BUCKET + 50; copy++) {
            ShingleSketch sketch = ShingleSketch.of(rewrite(original, copy));
            StoryMatch match = index.match(copy, sketch);
            if (copy <= StoryIndex.MAX_BUCKET) {
                assertThat(match.storyCluster()).as("copy " + copy).isEqualTo(1);
            }
            index.add(copy, match.storyCluster(), sketch);
        }
        // an unrelated article still starts its own story, and one that shares only the full buckets does too
        assertThat(index.match(500, ShingleSketch.of(text(22, 600))).storyCluster()).isEqualTo(500);
        assertThat(index.size()).isEqualTo(StoryIndex.MAX_BUCKET + 50);
    }

    /** Words from a large vocabulary, so that two seeds share almost no 3-word run. */
    static String text(long seed, int words) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append("w").append(random.nextInt(20_000)).append(i % 12 == 11 ? ". " : " ");
        }
        return s.toString();
    }

    /** Drops or replaces about half of the sentences. */
    static String rewrite(String text, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> kept = new ArrayList<>();
        for (String sentence : text.split("\\. ")) {
            int roll = random.nextInt(4);
            if (roll == 0) {
                kept.add(text(random.nextLong(), 12));
            } else if (roll != 1) {
                kept.add(sentence);
            }
        }
        return String.join(". ", kept);
    }
}

package org.corpusdesk.ingest.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The packed index gives exactly the matches of a plain one built from lists, also when buckets overflow. */
class StoryIndexTest {

    @Test
    void matchesAPlainReferenceIndexOnHeavilySharedHashes() {
        SplittableRandom random = new SplittableRandom(3);
        StoryIndex index = new StoryIndex();
        Reference reference = new Reference();
        int joined = 0;
        for (int id = 1; id <= 3_000; id++) {
            // a small universe, so that hashes are shared by many sketches and buckets reach their cap
            ShingleSketch sketch = sketch(random, 1 + random.nextInt(ShingleSketch.K), id % 7 == 0 ? 300 : 20_000);
            StoryMatch expected = reference.match(id, sketch);
            assertThat(index.match(id, sketch)).as("article " + id).isEqualTo(expected);
            joined += expected.storyCluster() == id ? 0 : 1;
            index.add(id, expected.storyCluster(), sketch);
            reference.add(id, expected.storyCluster(), sketch);
        }
        assertThat(joined).as("articles that joined an earlier story").isGreaterThan(100);
    }

    private static ShingleSketch sketch(SplittableRandom random, int size, int universe) {
        int[] hashes = random.ints(0, universe).distinct().limit(Math.min(size, universe)).map(h -> h * 0x9E3779B1).toArray();
        Integer[] boxed = Arrays.stream(hashes).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Integer::compareUnsigned);
        return new ShingleSketch(hashes.length * 3, Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
    }

    /** The definition: postings as lists, capped at MAX_BUCKET, candidates sharing MIN_SHARED indexed hashes. */
    private static final class Reference {
        private final Map<Integer, List<Integer>> postings = new HashMap<>();
        private final List<Long> ids = new ArrayList<>();
        private final List<Long> clusters = new ArrayList<>();
        private final List<ShingleSketch> sketches = new ArrayList<>();

        StoryMatch match(long id, ShingleSketch sketch) {
            Map<Integer, Integer> shared = new HashMap<>();
            int[] h = sketch.minHashes();
            for (int i = 0; i < Math.min(StoryIndex.INDEXED, h.length); i++) {
                List<Integer> list = postings.getOrDefault(h[i], List.of());
                if (list.size() < StoryIndex.MAX_BUCKET) {
                    list.forEach(o -> shared.merge(o, 1, Integer::sum));
                }
            }
            int best = -1;
            double bestC = 0;
            for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
                if (e.getValue() < Math.min(StoryIndex.MIN_SHARED, h.length)) {
                    continue;
                }
                double c = sketch.containment(sketches.get(e.getKey()));
                if (c > bestC || c == bestC && best >= 0 && ids.get(e.getKey()) < ids.get(best)) {
                    best = e.getKey();
                    bestC = c;
                }
            }
            if (best < 0 || bestC < StoryIndex.STORY_THRESHOLD) {
                return new StoryMatch(id, null, null);
            }
            Long duplicateOf = sketch.jaccard(sketches.get(best)) >= StoryIndex.DUPLICATE_THRESHOLD ? ids.get(best) : null;
            return new StoryMatch(clusters.get(best), bestC, duplicateOf);
        }

        void add(long id, long cluster, ShingleSketch sketch) {
            int ordinal = ids.size();
            ids.add(id);
            clusters.add(cluster);
            sketches.add(sketch);
            int[] h = sketch.minHashes();
            for (int i = 0; i < Math.min(StoryIndex.INDEXED, h.length); i++) {
                List<Integer> list = postings.computeIfAbsent(h[i], k -> new ArrayList<>());
                if (list.size() < StoryIndex.MAX_BUCKET) {
                    list.add(ordinal);
                }
            }
        }
    }
}

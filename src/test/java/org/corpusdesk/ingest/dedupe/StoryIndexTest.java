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

    /**
     * Notices written from one template (another company, other figures each time) share most of their shingles
     * but no story; once the template is a stock phrase they stop joining, while a rewrite of a real story with
     * the same template footer still joins its story.
     */
    @Test
    void textsSharingOnlyATemplateDoNotFormOneStory() {
        StoryIndex index = new StoryIndex();
        Map<Long, Integer> clusterSizes = new HashMap<>();
        String[] names = {"Arbor", "Birch", "Cedar", "Dune", "Elm", "Fjord", "Grove", "Harbor", "Isle", "Juniper"};
        String[] kinds = {"Mills", "Foods", "Energy", "Mining", "Textiles", "Freight", "Bank", "Steel"};
        String template = "%s %s Corp said its board declared a regular quarterly dividend of %d cts per share, payable "
                + "on %s %d to shareholders of record on %s %d. The company said the dividend was unchanged from the "
                + "previous quarter and that it expects to report results for the full year next month.";
        String[] months = {"January", "March", "May", "July", "September", "November"};
        long id = 0;
        for (int i = 0; i < 300; i++) {
            // a company of its own each time: one of 10 names, 8 trades and a place code
            String text = template.formatted(names[i % names.length] + " " + kinds[i / names.length % kinds.length],
                    "Nr" + Integer.toString(i, 36),
                    5 + i, months[i % months.length], 1 + i % 28, months[(i + 1) % months.length], 1 + i * 7 % 28);
            ShingleSketch sketch = ShingleSketch.of(text);
            StoryMatch match = index.match(++id, sketch);
            index.add(id, match.storyCluster(), sketch);
            clusterSizes.merge(match.storyCluster(), 1, Integer::sum);
        }
        int largest = clusterSizes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(largest).as("the largest template cluster").isLessThanOrEqualTo(StoryIndex.MAX_BUCKET + 1);
        assertThat(clusterSizes.values().stream().filter(n -> n == 1).count()).as("notices standing alone")
                .isGreaterThan(200);

        String story = "Example Mills Corp said on Tuesday it would close its plant in Riverside, cutting 400 jobs, "
                + "after orders from its largest customer fell by half over the past year and talks with unions failed.";
        String footer = " The company said the dividend was unchanged from the previous quarter and that it expects "
                + "to report results for the full year next month.";
        String rewrite = "Example Mills Corp will close its plant in Riverside, cutting 400 jobs, the company said on "
                + "Tuesday, after orders from its largest customer fell by half over the past year.";
        ShingleSketch first = ShingleSketch.of(story + footer);
        long storyId = ++id;
        index.add(storyId, index.match(storyId, first).storyCluster(), first);
        assertThat(index.match(++id, ShingleSketch.of(rewrite + footer)).storyCluster()).isEqualTo(storyId);
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
                ShingleSketch own = withoutStock(sketch);
                ShingleSketch other = withoutStock(sketches.get(e.getKey()));
                double c = own.sharedShingles(other) < Math.min(StoryIndex.MIN_SHARED_SHINGLES, own.shingleCount()) ? 0
                        : own.containment(other);
                if (c > bestC || c == bestC && best >= 0 && ids.get(e.getKey()) < ids.get(best)) {
                    best = e.getKey();
                    bestC = c;
                }
            }
            if (best < 0 || bestC < StoryIndex.STORY_THRESHOLD) {
                return new StoryMatch(id, null, null);
            }
            Long duplicateOf = withoutStock(sketch).jaccard(withoutStock(sketches.get(best))) >= StoryIndex.DUPLICATE_THRESHOLD
                    ? ids.get(best) : null;
            return new StoryMatch(clusters.get(best), bestC, duplicateOf);
        }

        /** Hashes held by MAX_BUCKET or more articles' indexed hashes left out, the count scaled: the definition. */
        ShingleSketch withoutStock(ShingleSketch sketch) {
            int[] h = sketch.minHashes();
            int[] kept = Arrays.stream(h).filter(x -> postings.getOrDefault(x, List.of()).size() < StoryIndex.MAX_BUCKET)
                    .toArray();
            if (kept.length == h.length) {
                return sketch;
            }
            int shingles = (int) Math.round((double) sketch.shingleCount() * kept.length / h.length);
            return new ShingleSketch(kept.length == 0 ? 0 : Math.max(shingles, kept.length), kept);
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

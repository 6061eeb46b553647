package org.corpusdesk.ingest.dedupe;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the story an article belongs to among the articles already known (LSH over bottom-k sketches).
 * Candidates are articles sharing at least {@value #MIN_SHARED} of the {@value #INDEXED} smallest shingle
 * hashes (a rewrite shares about 7 at the story threshold, an unrelated article 0 or 1 by chance); each
 * candidate is then scored with the full sketch. Postings live in primitive arrays, no boxing. A hash
 * held by {@value #MAX_BUCKET} articles is a stock phrase, not evidence of one story: it takes no more
 * postings and is not followed when matching. Not thread-safe: the importer's single writer owns it.
 */
public final class StoryIndex {

    /** How many of each sketch's smallest hashes are indexed for candidate lookup. */
    static final int INDEXED = 64;
    static final int MIN_SHARED = 2;
    static final int MAX_BUCKET = 100;
    /** Containment from which two articles tell the same story (docs/import.md: measured on the seeds). */
    public static final double STORY_THRESHOLD = 0.18;
    /** Estimated Jaccard from which an article is a near-identical copy of another. */
    public static final double DUPLICATE_THRESHOLD = 0.80;

    private final Int2IntOpenHashMap heads = new Int2IntOpenHashMap();
    private final Int2IntOpenHashMap bucketSizes = new Int2IntOpenHashMap();
    private final IntArrayList next = new IntArrayList();
    private final IntArrayList postingArticle = new IntArrayList();
    private final LongArrayList ids = new LongArrayList();
    private final LongArrayList clusters = new LongArrayList();
    private final List<ShingleSketch> sketches = new ArrayList<>();
    /** Shared-hash count per article ordinal for the match in progress; reset through {@link #touched}. */
    private int[] sharedCounts = new int[1024];
    private final IntArrayList touched = new IntArrayList();

    public StoryIndex() {
        heads.defaultReturnValue(-1);
    }

    public int size() {
        return ids.size();
    }

    /** The story of a new article, given the id it will have; the article is not added. */
    public StoryMatch match(long articleId, ShingleSketch sketch) {
        int[] counts = sharedCounts;
        int[] hashes = sketch.minHashes();
        for (int i = 0; i < Math.min(INDEXED, hashes.length); i++) {
            if (bucketSizes.get(hashes[i]) >= MAX_BUCKET) {
                continue;
            }
            for (int posting = heads.get(hashes[i]); posting >= 0; posting = next.getInt(posting)) {
                int ordinal = postingArticle.getInt(posting);
                if (counts[ordinal]++ == 0) {
                    touched.add(ordinal);
                }
            }
        }
        int best = -1;
        double bestContainment = 0;
        int needed = Math.min(MIN_SHARED, hashes.length);
        for (int t = 0; t < touched.size(); t++) {
            int candidate = touched.getInt(t);
            int shared = counts[candidate];
            counts[candidate] = 0;
            if (shared < needed) {
                continue;
            }
            double c = sketch.containment(sketches.get(candidate));
            if (c > bestContainment || (c == bestContainment && best >= 0 && ids.getLong(candidate) < ids.getLong(best))) {
                best = candidate;
                bestContainment = c;
            }
        }
        touched.clear();
        if (best < 0 || bestContainment < STORY_THRESHOLD) {
            return new StoryMatch(articleId, null, null);
        }
        ShingleSketch bestSketch = sketches.get(best);
        Long duplicateOf = sketch.jaccard(bestSketch) >= DUPLICATE_THRESHOLD ? ids.getLong(best) : null;
        return new StoryMatch(clusters.getLong(best), bestContainment, duplicateOf);
    }

    public void add(long articleId, long storyCluster, ShingleSketch sketch) {
        int ordinal = ids.size();
        if (ordinal == sharedCounts.length) {
            sharedCounts = java.util.Arrays.copyOf(sharedCounts, ordinal * 2);
        }
        ids.add(articleId);
        clusters.add(storyCluster);
        sketches.add(sketch);
        int[] hashes = sketch.minHashes();
        for (int i = 0; i < Math.min(INDEXED, hashes.length); i++) {
            if (bucketSizes.addTo(hashes[i], 1) >= MAX_BUCKET) {
                continue;
            }
            int posting = postingArticle.size();
            postingArticle.add(ordinal);
            next.add(heads.get(hashes[i]));
            heads.put(hashes[i], posting);
        }
    }
}

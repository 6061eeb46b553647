package org.corpusdesk.ingest.dedupe;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the story an article belongs to among the articles already known (LSH over bottom-k sketches).
 * Candidates are articles sharing at least {@value #MIN_SHARED} of the {@value #INDEXED} smallest shingle
 * hashes (a rewrite shares about 7 at the story threshold, an unrelated article 0 or 1 by chance); each
 * candidate is then scored with the full sketch. A hash held by {@value #MAX_BUCKET} articles is a stock
 * phrase (a template, a site footer, markup), not evidence of one story: it takes no more postings, is not
 * followed when matching, and is left out of both sketches when a candidate is scored, so texts that share only
 * boilerplate do not join one story. Document frequency is known for the indexed hashes, the smallest of each
 * sketch: all of a short text's, a sample of a long one's.
 * Not thread-safe: the importer's single writer owns it.
 *
 * <p>Layout, for memory and cache misses (the match runs once per imported article on the writer's critical
 * path): most hashes belong to one article, so the hash map holds that article's ordinal itself. A hash shared
 * by more articles points to a chain of {@value #CHUNK}-int chunks in one int array, each chunk one cache line:
 * {@code [next chunk, postings in this chunk, postings in the whole bucket, ordinals...]}.
 */
public final class StoryIndex {

    /** How many of each sketch's smallest hashes are indexed for candidate lookup. */
    static final int INDEXED = 64;
    static final int MIN_SHARED = 2;
    static final int MAX_BUCKET = 50;
    /** Containment from which two articles tell the same story (docs/import.md: measured on the seeds). */
    public static final double STORY_THRESHOLD = 0.18;
    /**
     * Shingles two texts must share, stock phrases left out, besides the containment: a notice written from a
     * template shares a few dates and figures with many others, a rewrite shares whole sentences.
     */
    static final int MIN_SHARED_SHINGLES = 10;
    /** Estimated Jaccard from which an article is a near-identical copy of another. */
    public static final double DUPLICATE_THRESHOLD = 0.80;

    static final int CHUNK = 16;
    private static final int NEXT = 0;
    private static final int USED = 1;
    private static final int TOTAL = 2;
    private static final int FIRST = 3;
    private static final int NONE = Integer.MIN_VALUE;

    /** Hash → article ordinal (≥ 0) or ~(index of the bucket's newest chunk) (< 0). */
    private final Int2IntOpenHashMap buckets = new Int2IntOpenHashMap();
    private int[] chunks = new int[CHUNK * 1024];
    private int chunksUsed;
    private final LongArrayList ids = new LongArrayList();
    private final LongArrayList clusters = new LongArrayList();
    private final List<ShingleSketch> sketches = new ArrayList<>();
    /** Hashes that have become stock phrases so far (a small set, unlike the buckets: lookups stay in cache). */
    private final it.unimi.dsi.fastutil.ints.IntOpenHashSet stock = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
    /** One bit per low 16 bits of the stock hashes (8 KB): most hashes are ruled out without a set lookup. */
    private final long[] stockBits = new long[1 << 10];
    private final List<ShingleSketch> filtered = new ArrayList<>();
    private final IntArrayList filteredAt = new IntArrayList();
    /** Shared-hash count per article ordinal for the match in progress; reset through {@link #touched}. */
    private int[] sharedCounts = new int[1024];
    private final IntArrayList touched = new IntArrayList();

    public StoryIndex() {
        buckets.defaultReturnValue(NONE);
    }

    public int size() {
        return ids.size();
    }

    /** The story of a new article, given the id it will have; the article is not added. */
    public StoryMatch match(long articleId, ShingleSketch sketch) {
        int[] hashes = sketch.minHashes();
        ShingleSketch own = withoutStockPhrases(sketch);
        for (int i = 0; i < Math.min(INDEXED, hashes.length); i++) {
            int bucket = buckets.get(hashes[i]);
            if (bucket >= 0) {
                count(bucket);
            } else if (bucket != NONE && chunks[~bucket + TOTAL] < MAX_BUCKET) {
                for (int chunk = ~bucket; chunk >= 0; chunk = chunks[chunk + NEXT]) {
                    for (int k = chunk + FIRST, end = k + chunks[chunk + USED]; k < end; k++) {
                        count(chunks[k]);
                    }
                }
            }
        }
        int best = -1;
        double bestContainment = 0;
        int needed = Math.min(MIN_SHARED, hashes.length);
        for (int t = 0; t < touched.size(); t++) {
            int candidate = touched.getInt(t);
            int shared = sharedCounts[candidate];
            sharedCounts[candidate] = 0;
            if (shared < needed) {
                continue;
            }
            ShingleSketch other = filteredSketch(candidate);
            double c = own.sharedShingles(other) < Math.min(MIN_SHARED_SHINGLES, own.shingleCount()) ? 0
                    : own.containment(other);
            if (c > bestContainment || (c == bestContainment && best >= 0 && ids.getLong(candidate) < ids.getLong(best))) {
                best = candidate;
                bestContainment = c;
            }
        }
        touched.clear();
        if (best < 0 || bestContainment < STORY_THRESHOLD) {
            return new StoryMatch(articleId, null, null);
        }
        ShingleSketch bestSketch = filteredSketch(best);
        Long duplicateOf = own.jaccard(bestSketch) >= DUPLICATE_THRESHOLD ? ids.getLong(best) : null;
        return new StoryMatch(clusters.getLong(best), bestContainment, duplicateOf);
    }

    /** An indexed article's sketch without stock phrases, filtered again only when new stock phrases appeared. */
    private ShingleSketch filteredSketch(int ordinal) {
        if (filteredAt.getInt(ordinal) != stock.size()) {
            filtered.set(ordinal, withoutStockPhrases(sketches.get(ordinal)));
            filteredAt.set(ordinal, stock.size());
        }
        return filtered.get(ordinal);
    }

    /** The sketch without stock-phrase hashes; its shingle count scaled by the share of hashes kept. */
    ShingleSketch withoutStockPhrases(ShingleSketch sketch) {
        if (stock.isEmpty()) {
            return sketch;
        }
        int[] hashes = sketch.minHashes();
        int[] kept = null;
        int n = 0;
        for (int i = 0; i < hashes.length; i++) {
            int h = hashes[i];
            boolean common = (stockBits[(h & 0xFFFF) >>> 6] & 1L << (h & 63)) != 0 && stock.contains(h);
            if (common && kept == null) {
                kept = Arrays.copyOf(hashes, hashes.length);
                n = i;
            } else if (!common && kept != null) {
                kept[n++] = hashes[i];
            }
        }
        if (kept == null) {
            return sketch;
        }
        int shingles = (int) Math.round((double) sketch.shingleCount() * n / hashes.length);
        return new ShingleSketch(n == 0 ? 0 : Math.max(shingles, n), Arrays.copyOf(kept, n));
    }

    private void count(int ordinal) {
        if (sharedCounts[ordinal]++ == 0) {
            touched.add(ordinal);
        }
    }

    public void add(long articleId, long storyCluster, ShingleSketch sketch) {
        int ordinal = ids.size();
        if (ordinal == sharedCounts.length) {
            sharedCounts = Arrays.copyOf(sharedCounts, ordinal * 2);
        }
        ids.add(articleId);
        clusters.add(storyCluster);
        sketches.add(sketch);
        filtered.add(sketch);
        filteredAt.add(0);
        int[] hashes = sketch.minHashes();
        for (int i = 0; i < Math.min(INDEXED, hashes.length); i++) {
            int bucket = buckets.get(hashes[i]);
            if (bucket == NONE) {
                buckets.put(hashes[i], ordinal);
            } else if (bucket >= 0) {
                int chunk = newChunk(-1, 0);
                chunks[chunk + FIRST] = bucket;
                chunks[chunk + FIRST + 1] = ordinal;
                chunks[chunk + USED] = 2;
                buckets.put(hashes[i], ~chunk);
            } else {
                int head = ~bucket;
                int total = chunks[head + TOTAL];
                if (total >= MAX_BUCKET) {
                    continue;
                }
                if (chunks[head + USED] == CHUNK - FIRST) {
                    head = newChunk(head, total);
                    buckets.put(hashes[i], ~head);
                }
                chunks[head + FIRST + chunks[head + USED]++] = ordinal;
                chunks[head + TOTAL] = total + 1;
                if (total + 1 == MAX_BUCKET) {
                    stock.add(hashes[i]);
                    stockBits[(hashes[i] & 0xFFFF) >>> 6] |= 1L << (hashes[i] & 63);
                }
            }
        }
    }

    /** A chunk in front of {@code next}; TOTAL is set by the caller. */
    private int newChunk(int next, int total) {
        if (chunksUsed + CHUNK > chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        int chunk = chunksUsed;
        chunksUsed += CHUNK;
        chunks[chunk + NEXT] = next;
        chunks[chunk + USED] = 0;
        chunks[chunk + TOTAL] = next < 0 ? 2 : total;
        return chunk;
    }
}

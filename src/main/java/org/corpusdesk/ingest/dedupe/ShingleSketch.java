package org.corpusdesk.ingest.dedupe;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Bottom-k MinHash sketch over word 3-shingles: the k smallest 32-bit hashes of the text's distinct shingles,
 * plus how many distinct shingles there were. Two sketches estimate Jaccard similarity (Broder's bottom-k
 * estimator) and, with the counts, containment: the share of the shorter text found in the longer, which is
 * what a rewrite of the same story keeps. docs/import.md explains the choice of k, shingle size and thresholds.
 */
public record ShingleSketch(int shingleCount, int[] minHashes) {

    public static final int K = 256;
    static final int SHINGLE_WORDS = 3;

    public static ShingleSketch of(String text) {
        return of(FoldedText.of(text));
    }

    public static ShingleSketch of(FoldedText text) {
        int[] words = text.wordHashes();
        if (words.length < SHINGLE_WORDS) {
            return new ShingleSketch(words.length == 0 ? 0 : 1,
                    words.length == 0 ? new int[0] : new int[] {shingle(words, 0, words.length)});
        }
        int n = words.length - SHINGLE_WORDS + 1;
        int[] shingles = new int[n];
        for (int i = 0; i < n; i++) {
            shingles[i] = shingle(words, i, SHINGLE_WORDS);
        }
        // unsigned order: flip the sign bit, sort as signed, flip back
        for (int i = 0; i < n; i++) {
            shingles[i] ^= Integer.MIN_VALUE;
        }
        Arrays.sort(shingles);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || shingles[i] != shingles[i - 1]) {
                shingles[distinct++] = shingles[i];
            }
        }
        int[] bottom = Arrays.copyOf(shingles, Math.min(K, distinct));
        for (int i = 0; i < bottom.length; i++) {
            bottom[i] ^= Integer.MIN_VALUE;
        }
        return new ShingleSketch(distinct, bottom);
    }

    /** Jaccard similarity estimated from the k smallest hashes of the union of both sketches. */
    public double jaccard(ShingleSketch other) {
        int[] a = minHashes;
        int[] b = other.minHashes;
        int limit = Math.min(K, Math.max(a.length, b.length));
        int i = 0;
        int j = 0;
        int taken = 0;
        int shared = 0;
        while (taken < limit && (i < a.length || j < b.length)) {
            int cmp = i >= a.length ? 1 : j >= b.length ? -1 : Integer.compareUnsigned(a[i], b[j]);
            if (cmp == 0) {
                shared++;
                i++;
                j++;
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
            taken++;
        }
        return taken == 0 ? 0 : (double) shared / taken;
    }

    /** How many shingles the two texts share, |A∩B|, estimated from the Jaccard estimate and both counts. */
    public double sharedShingles(ShingleSketch other) {
        double j = jaccard(other);
        return j * (shingleCount + other.shingleCount) / (1 + j);
    }

    /** Share of the smaller text's shingles found in the other: |A∩B| / min(|A|,|B|), from the Jaccard estimate. */
    public double containment(ShingleSketch other) {
        double j = jaccard(other);
        int smaller = Math.min(shingleCount, other.shingleCount);
        if (smaller == 0) {
            return 0;
        }
        double intersection = j * (shingleCount + other.shingleCount) / (1 + j);
        return Math.min(1.0, intersection / smaller);
    }

    public String encodedHashes() {
        ByteBuffer buffer = ByteBuffer.allocate(minHashes.length * Integer.BYTES);
        for (int h : minHashes) {
            buffer.putInt(h);
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    public static ShingleSketch decode(int shingleCount, String encoded) {
        ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(encoded));
        int[] hashes = new int[buffer.remaining() / Integer.BYTES];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = buffer.getInt();
        }
        return new ShingleSketch(shingleCount, hashes);
    }

    private static int shingle(int[] words, int from, int length) {
        int h = 0x9747b28c;
        for (int i = from; i < from + length; i++) {
            h = MurmurHash3.hash32(((long) h << 32) | (words[i] & 0xFFFFFFFFL));
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShingleSketch s && s.shingleCount == shingleCount && Arrays.equals(s.minHashes, minHashes);
    }

    @Override
    public int hashCode() {
        return 31 * shingleCount + Arrays.hashCode(minHashes);
    }

    @Override
    public String toString() {
        return "ShingleSketch[" + shingleCount + " shingles, " + minHashes.length + " hashes]";
    }

}

package org.corpusdesk.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Matching of two annotators' spans in one article: exact (same label and offsets) and by overlap (one to one). */
final class SpanMatching {

    private SpanMatching() {
    }

    /**
     * Items of A that B has too, each of B's used once: spans with the same label, start and end; attributions with
     * the same claim span and the same source span (or both none).
     */
    static <T> long common(List<T> a, List<T> b) {
        Map<T, Integer> left = new HashMap<>();
        b.forEach(s -> left.merge(s, 1, Integer::sum));
        long matched = 0;
        for (T s : a) {
            Integer n = left.get(s);
            if (n != null && n > 0) {
                left.put(s, n - 1);
                matched++;
            }
        }
        return matched;
    }

    /**
     * Pairs of the same label that share at least one code point, matched one to one: the pairs with the largest
     * overlap first (then the earliest), each span used once.
     */
    static long overlapping(List<LayerSpan> a, List<LayerSpan> b) {
        List<int[]> pairs = new ArrayList<>(); // {i, j, overlap}
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                LayerSpan x = a.get(i);
                LayerSpan y = b.get(j);
                if (x.label().equals(y.label()) && x.overlaps(y)) {
                    pairs.add(new int[] {i, j, x.overlap(y)});
                }
            }
        }
        pairs.sort((p, q) -> p[2] != q[2] ? Integer.compare(q[2], p[2])
                : p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
        boolean[] usedA = new boolean[a.size()];
        boolean[] usedB = new boolean[b.size()];
        long matched = 0;
        for (int[] p : pairs) {
            if (!usedA[p[0]] && !usedB[p[1]]) {
                usedA[p[0]] = true;
                usedB[p[1]] = true;
                matched++;
            }
        }
        return matched;
    }
}

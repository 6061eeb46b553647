package org.corpusdesk.export;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assigns whole story clusters to splits, so near-duplicate copies of one story never land in different splits.
 * Deterministic: clusters are taken in an order shuffled by the seed, each to the split furthest below its share
 * of the articles seen so far. With stratification this runs per outlet (a cluster's alphabetically first outlet),
 * so every outlet is spread over the splits in the same proportions.
 */
public final class SplitAssigner {

    /** One story cluster among the exported articles. */
    public record Cluster(long id, int articles, String outlet) {
    }

    private SplitAssigner() {
    }

    public static Long2IntOpenHashMap assign(List<Cluster> clusters, SplitRatios ratios, long seed, boolean stratify) {
        Map<String, List<Cluster>> strata = new TreeMap<>();
        for (Cluster c : clusters) {
            String key = stratify && c.outlet() != null ? c.outlet() : "";
            strata.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        Long2IntOpenHashMap splits = new Long2IntOpenHashMap(clusters.size());
        for (List<Cluster> stratum : strata.values()) {
            stratum.sort(Comparator.comparingLong((Cluster c) -> mix(seed, c.id())).thenComparingLong(Cluster::id));
            long[] assigned = new long[3];
            long total = 0;
            for (Cluster c : stratum) {
                total += c.articles();
                int best = 0;
                double bestDeficit = Double.NEGATIVE_INFINITY;
                for (int s = 0; s < 3; s++) {
                    if (ratios.share(s) == 0) {
                        continue;
                    }
                    double deficit = ratios.share(s) * total - assigned[s];
                    if (deficit > bestDeficit) {
                        bestDeficit = deficit;
                        best = s;
                    }
                }
                assigned[best] += c.articles();
                splits.put(c.id(), best);
            }
        }
        return splits;
    }

    /** SplitMix64 finaliser of seed and cluster id: a stable pseudo-random order independent of the database. */
    static long mix(long seed, long value) {
        long z = seed * 0x9E3779B97F4A7C15L + value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package org.corpusdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Whole stories go to one split, in the asked proportions, reproducibly from the seed. */
class SplitAssignerTest {

    /** 3,000 clusters of 1 to 6 articles over 5 outlets. */
    static List<SplitAssigner.Cluster> clusters() {
        SplittableRandom random = new SplittableRandom(3);
        List<SplitAssigner.Cluster> out = new ArrayList<>();
        for (long id = 1; id <= 3_000; id++) {
            out.add(new SplitAssigner.Cluster(id * 7, 1 + random.nextInt(6), "Outlet " + random.nextInt(5)));
        }
        return out;
    }

    static long[] articlesPerSplit(List<SplitAssigner.Cluster> clusters, Long2IntOpenHashMap splits, String outlet) {
        long[] n = new long[3];
        clusters.stream().filter(c -> outlet == null || c.outlet().equals(outlet))
                .forEach(c -> n[splits.get(c.id())] += c.articles());
        return n;
    }

    @Test
    void everyClusterGetsOneSplitInTheAskedProportions() {
        List<SplitAssigner.Cluster> clusters = clusters();
        Long2IntOpenHashMap splits = SplitAssigner.assign(clusters, SplitRatios.parse("80/10/10"), 42, false);
        assertThat(splits).hasSize(clusters.size());
        long total = clusters.stream().mapToLong(SplitAssigner.Cluster::articles).sum();
        long[] n = articlesPerSplit(clusters, splits, null);
        assertThat((double) n[0] / total).isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.005));
        assertThat((double) n[1] / total).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.005));
        assertThat((double) n[2] / total).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.005));
    }

    @Test
    void theSameSeedGivesTheSameSplitsAndAnotherSeedOthers() {
        List<SplitAssigner.Cluster> clusters = clusters();
        Long2IntOpenHashMap a = SplitAssigner.assign(clusters, SplitRatios.parse("80/10/10"), 42, false);
        Long2IntOpenHashMap b = SplitAssigner.assign(new ArrayList<>(clusters.reversed()), SplitRatios.parse("80/10/10"), 42, false);
        Long2IntOpenHashMap c = SplitAssigner.assign(clusters, SplitRatios.parse("80/10/10"), 43, false);
        assertThat(b).as("input order does not matter").isEqualTo(a);
        long moved = clusters.stream().filter(x -> a.get(x.id()) != c.get(x.id())).count();
        assertThat(moved).isGreaterThan(clusters.size() / 10);
    }

    @Test
    void stratifiedSplitsKeepEveryOutletsProportions() {
        List<SplitAssigner.Cluster> clusters = clusters();
        Long2IntOpenHashMap splits = SplitAssigner.assign(clusters, SplitRatios.parse("60/20/20"), 1, true);
        for (int o = 0; o < 5; o++) {
            long[] n = articlesPerSplit(clusters, splits, "Outlet " + o);
            double total = n[0] + n[1] + n[2];
            assertThat(n[0] / total).as("outlet %d", o).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.01));
            assertThat(n[2] / total).as("outlet %d", o).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void aZeroShareGetsNothingAndBadRatiosAreRefused() {
        Long2IntOpenHashMap splits = SplitAssigner.assign(clusters(), SplitRatios.parse("90/0/10"), 5, false);
        Map<Integer, Integer> used = new HashMap<>();
        splits.values().forEach(v -> used.merge(v, 1, Integer::sum));
        assertThat(used).doesNotContainKey(1);
        assertThatThrownBy(() -> SplitRatios.parse("80/20")).hasMessageContaining("80/10/10");
        assertThatThrownBy(() -> SplitRatios.parse("0/0/0")).hasMessageContaining("not all zero");
        assertThatThrownBy(() -> SplitRatios.parse("a/b/c")).hasMessageContaining("whole numbers");
    }
}

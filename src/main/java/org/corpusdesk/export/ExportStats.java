package org.corpusdesk.export;

import java.util.Map;
import java.util.TreeMap;

/** Counts of what an export wrote, for the dataset card, the manifest and the export record. */
public final class ExportStats {

    private long articles;
    private long spans;
    private long relations;
    private final Map<String, Long> perLabel = new TreeMap<>();
    private final Map<String, Long> perSplit = new TreeMap<>();
    private final Map<String, Long> perOutlet = new TreeMap<>();
    private final Map<String, Map<String, Long>> perSplitAndLabel = new TreeMap<>();
    private volatile long progress;
    private volatile long expected;

    /** The exported articles that several annotators annotated: the agreement the dataset card reports is theirs. */
    final it.unimi.dsi.fastutil.longs.LongOpenHashSet severalLayers = new it.unimi.dsi.fastutil.longs.LongOpenHashSet();

    private long curated;

    void count(DatasetArticle a) {
        articles++;
        if (a.curated()) {
            curated++;
        }
        if (a.severalLayers()) {
            severalLayers.add(a.id());
        }
        progress = articles;
        spans += a.spans().size();
        relations += a.relations().size();
        String split = DatasetSource.fileSplit(a);
        perSplit.merge(split, 1L, Long::sum);
        perOutlet.merge(a.outlet() == null ? "(unknown)" : a.outlet(), 1L, Long::sum);
        Map<String, Long> labelsInSplit = perSplitAndLabel.computeIfAbsent(split, k -> new TreeMap<>());
        for (DatasetSpan s : a.spans()) {
            perLabel.merge(s.label(), 1L, Long::sum);
            labelsInSplit.merge(s.label(), 1L, Long::sum);
        }
    }

    public long articles() {
        return articles;
    }

    /** Exported articles whose editors' layers a curator merged into the gold layer. */
    public long curated() {
        return curated;
    }

    public long spans() {
        return spans;
    }

    public long relations() {
        return relations;
    }

    /** Articles streamed so far: safe to read from another thread for a progress bar. */
    public long progress() {
        return progress;
    }

    /** Articles the export will write, known once the selection is counted (0 before). */
    public long expected() {
        return expected;
    }

    void expect(long articles) {
        expected = articles;
    }

    public Map<String, Long> perLabel() {
        return perLabel;
    }

    public Map<String, Long> perSplit() {
        return perSplit;
    }

    public Map<String, Long> perOutlet() {
        return perOutlet;
    }

    public long labelInSplit(String label, String split) {
        return perSplitAndLabel.getOrDefault(split, Map.of()).getOrDefault(label, 0L);
    }
}

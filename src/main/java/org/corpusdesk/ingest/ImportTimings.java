package org.corpusdesk.ingest;

/**
 * Where the importer's single writer thread spent an import, in nanoseconds: its CPU time, its wall time waiting
 * for prepared articles, matching stories and writing (insert and commit). The writer is the import's critical
 * path once preparing keeps up, so these say which stage to make cheaper (docs/benchmarks.md).
 */
public record ImportTimings(long writerCpuNanos, long waitingNanos, long storyMatchingNanos, long writingNanos) {

    public static final ImportTimings NONE = new ImportTimings(0, 0, 0, 0);
}

package org.corpusdesk.ingest;

/**
 * Where an import's time went, in nanoseconds: the CPU time of the workers that prepare articles (decode, clean,
 * hash, sketch, detect the language), and of the single writer thread, with the writer's wall time waiting for
 * prepared articles, matching stories and writing (insert and commit). The writer waits when preparing is the
 * slower stage, and is the critical path when it does not (docs/benchmarks.md).
 */
public record ImportTimings(long preparingCpuNanos, long writerCpuNanos, long waitingNanos, long storyMatchingNanos,
        long writingNanos) {

    public static final ImportTimings NONE = new ImportTimings(0, 0, 0, 0, 0);
}

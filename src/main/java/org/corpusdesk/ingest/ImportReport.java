package org.corpusdesk.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What an import did. {@code problems} holds the first {@value ImportService#PROBLEMS_KEPT} problems;
 * all of them are in the database.
 */
public record ImportReport(long batchId, ImportCounts counts, List<ImportProblem> problems, Duration elapsed,
        ImportTimings timings) {

    public boolean hasRejections() {
        return counts.problems() > 0;
    }
}

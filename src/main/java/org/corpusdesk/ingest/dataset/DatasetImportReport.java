package org.corpusdesk.ingest.dataset;

import java.util.List;
import org.corpusdesk.ingest.ImportProblem;

/** What importing an exported dataset or a brat folder brought in, and what it could not. */
public record DatasetImportReport(String path, int articles, int duplicates, int spans, int relations, int sources,
        int claims, List<ImportProblem> problems) {
}

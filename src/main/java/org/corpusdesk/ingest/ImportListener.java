package org.corpusdesk.ingest;

/** Told of progress after every committed batch and of each problem as it is found. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    default void progress(ImportCounts counts) {
    }

    default void problem(ImportProblem problem) {
    }
}

package org.corpusdesk.ingest;

/** Told of progress after every committed batch, of each problem as it is found and of each article stored. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    default void progress(ImportCounts counts) {
    }

    default void problem(ImportProblem problem) {
    }

    /** An article that is (or, in a dry run, would be) imported, as cleaning left it. */
    default void prepared(PreparedArticle article) {
    }
}

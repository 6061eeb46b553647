package org.corpusdesk.ingest.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Tells annotated data (a Corpus Desk JSON Lines export or one of its data files, a brat folder) from plain articles,
 * and imports it as a recorded batch: one place for the command line and the Import page.
 */
@Service
public class AnnotatedImports {

    /** The annotated formats, with the words a batch's description uses for them. */
    public enum Kind {
        DATASET("dataset"), BRAT("brat folder");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final AnnotatedImportRecord record;
    private final ObjectProvider<DatasetImportService> datasets;
    private final ObjectProvider<BratImportService> brat;

    public AnnotatedImports(AnnotatedImportRecord record, ObjectProvider<DatasetImportService> datasets,
            ObjectProvider<BratImportService> brat) {
        this.record = record;
        this.datasets = datasets;
        this.brat = brat;
    }

    /** What annotated data {@code path} holds, if any; empty for plain articles. */
    public static Optional<Kind> kindOf(Path path) {
        if (DatasetImportService.isJsonlExport(path)) {
            return Optional.of(Kind.DATASET);
        }
        return BratImportService.isBratFolder(path) ? Optional.of(Kind.BRAT) : Optional.empty();
    }

    /** Imports {@code path} of {@code kind}, recorded as a batch of {@code origin} started by {@code userId}. */
    public DatasetImportReport run(String origin, Kind kind, Path path, Long userId) throws IOException {
        return record.run(origin, kind.description(), path, userId, () -> kind == Kind.DATASET
                ? datasets.getObject().importExport(path) : brat.getObject().importFolder(path));
    }
}

package org.corpusdesk.ingest.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Tells annotated data (a Corpus Desk JSON Lines export or one of its data files, a doccano JSON Lines file, a Label Studio JSON export, a brat
 * folder) from plain articles,
 * and imports it as a recorded batch: one place for the command line and the Import page.
 */
@Service
public class AnnotatedImports {

    /** The annotated formats, with the words a batch's description uses for them. */
    public enum Kind {
        DATASET("dataset"), DOCCANO("doccano file"), LABEL_STUDIO("Label Studio export"), BRAT("brat folder");

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
    private final ObjectProvider<DoccanoImportService> doccano;
    private final ObjectProvider<LabelStudioImportService> labelStudio;

    public AnnotatedImports(AnnotatedImportRecord record, ObjectProvider<DatasetImportService> datasets,
            ObjectProvider<BratImportService> brat, ObjectProvider<DoccanoImportService> doccano,
            ObjectProvider<LabelStudioImportService> labelStudio) {
        this.labelStudio = labelStudio;
        this.record = record;
        this.datasets = datasets;
        this.brat = brat;
        this.doccano = doccano;
    }

    /** What annotated data {@code path} holds, if any; empty for plain articles. */
    public static Optional<Kind> kindOf(Path path) {
        if (DatasetImportService.isJsonlExport(path)) {
            return Optional.of(Kind.DATASET);
        }
        if (DoccanoImportService.isDoccanoFile(path)) {
            return Optional.of(Kind.DOCCANO);
        }
        if (LabelStudioImportService.isLabelStudioFile(path)) {
            return Optional.of(Kind.LABEL_STUDIO);
        }
        return BratImportService.isBratFolder(path) ? Optional.of(Kind.BRAT) : Optional.empty();
    }

    /** Imports {@code path} of {@code kind}, recorded as a batch of {@code origin} started by {@code userId}. */
    public DatasetImportReport run(String origin, Kind kind, Path path, Long userId) throws IOException {
        return run(origin, kind, path, userId, BratImportService.Progress.NONE);
    }

    /** The same, telling {@code progress} how a brat folder's files go. */
    public DatasetImportReport run(String origin, Kind kind, Path path, Long userId, BratImportService.Progress progress)
            throws IOException {
        return record.run(origin, kind.description(), path, userId, () -> switch (kind) {
            case DATASET -> datasets.getObject().importExport(path);
            case DOCCANO -> doccano.getObject().importFile(path);
            case LABEL_STUDIO -> labelStudio.getObject().importFile(path);
            case BRAT -> brat.getObject().importFolder(path, progress);
        });
    }
}

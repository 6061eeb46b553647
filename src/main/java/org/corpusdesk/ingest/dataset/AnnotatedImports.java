package org.corpusdesk.ingest.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.corpusdesk.export.DatasetFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Tells annotated data (any dataset format that reads: a Corpus Desk JSON Lines export or one of its data files, a
 * doccano JSON Lines file, a Label Studio JSON export, a brat folder) from plain articles, and imports it as a
 * recorded batch: one place for the command line and the Import page.
 */
@Service
public class AnnotatedImports {

    private final AnnotatedImportRecord record;
    private final ObjectProvider<DatasetFormat> formats;

    public AnnotatedImports(AnnotatedImportRecord record, ObjectProvider<DatasetFormat> formats) {
        this.record = record;
        this.formats = formats;
    }

    /** The formats that are read, in their order. */
    public List<DatasetFormat> readable() {
        return formats.orderedStream().filter(DatasetFormat::reads).toList();
    }

    /** The format of the annotated data {@code path} holds, if any; empty for plain articles. */
    public Optional<DatasetFormat> formatOf(Path path) {
        return readable().stream().filter(f -> f.recognises(path)).findFirst();
    }

    /** Imports {@code path} of {@code format}, recorded as a batch of {@code origin} started by {@code userId}. */
    public DatasetImportReport run(String origin, DatasetFormat format, Path path, Long userId) throws IOException {
        return run(origin, format, path, userId, ImportProgress.NONE);
    }

    /** The same, telling {@code progress} how the files go. */
    public DatasetImportReport run(String origin, DatasetFormat format, Path path, Long userId, ImportProgress progress)
            throws IOException {
        return record.run(origin, format.importedAs(), path, userId, () -> format.read(path, progress));
    }
}

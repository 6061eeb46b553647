package org.corpusdesk.export;

import java.io.IOException;
import java.nio.file.Path;
import org.corpusdesk.ingest.dataset.DatasetImportReport;
import org.corpusdesk.ingest.dataset.ImportProgress;

/**
 * One dataset format, both directions. Adding a format is one class implementing this (a Spring component in
 * {@code export.format}) and one test: {@code ExportService} finds it by {@link #name()}; the Export page and
 * {@code export --list-formats} list it with its {@link #description()}, and the dataset card shows its
 * {@link #howToLoad()}. A format that is also read says so ({@link #reads()}): {@code import} and the Import page
 * hand it the files it {@link #recognises} and list it among the annotated formats.
 */
public interface DatasetFormat {

    /** The --format value, lower case. */
    String name();

    /** One line for the CLI help, the Export page and the dataset card. */
    String description();

    /** How to load the result, for the dataset card (a code block's content). */
    String howToLoad();

    /** Writes the data files. The articles stream in id order, once; nothing else is kept in memory. */
    void write(DatasetSource data, DataFiles files) throws IOException;

    /** Whether {@code export --format} writes it; false for a format that is only read. */
    default boolean writes() {
        return true;
    }

    /** How {@code import} reads a format, when it does: what its data is called, how it is told, who imports it. */
    record Reading(String importedAs, java.util.function.Predicate<Path> recognises, Reader reader) {
    }

    /** Imports a path of the format into this database in one transaction. */
    @FunctionalInterface
    interface Reader {
        DatasetImportReport read(Path path, ImportProgress progress) throws IOException;
    }

    /** The reading side of the format; empty for a format that is only written. */
    default java.util.Optional<Reading> reading() {
        return java.util.Optional.empty();
    }

    /** Whether {@code import} reads it, annotations and all. */
    default boolean reads() {
        return reading().isPresent();
    }

    /** What an import of it is called in messages and batch descriptions ("brat folder"). */
    default String importedAs() {
        return reading().map(Reading::importedAs).orElse(name() + " file");
    }

    /** Whether {@code path} (a file or a folder) holds annotated data of this format. */
    default boolean recognises(Path path) {
        return reading().map(r -> r.recognises().test(path)).orElse(false);
    }

    /** Imports {@code path} into this database in one transaction; the caller records it as an import batch. */
    default DatasetImportReport read(Path path, ImportProgress progress) throws IOException {
        return reading().orElseThrow(() -> new UnsupportedOperationException(name() + " is written, not read"))
                .reader().read(path, progress);
    }
}

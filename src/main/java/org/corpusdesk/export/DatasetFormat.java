package org.corpusdesk.export;

import java.io.IOException;

/**
 * One dataset format. Adding a format is one class implementing this (a Spring component in
 * {@code export.format}) and one test: {@code ExportService} finds it by {@link #name()}; the Export page and
 * {@code export --list-formats} list it with its {@link #description()}, and the dataset card shows its
 * {@link #howToLoad()}.
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
}

package org.corpusdesk.export;

import java.io.IOException;

/**
 * One dataset format. Adding a format is one class implementing this (a Spring component) and one test: the
 * export service finds it by {@link #name()}, the CLI and the Export page list it.
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

package org.corpusdesk.export;

/** A label definition, for the dataset card. */
public record ExportedLabel(String name, String kind, String description) {
}

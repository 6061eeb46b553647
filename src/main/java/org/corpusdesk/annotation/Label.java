package org.corpusdesk.annotation;

/** A tag type of the label schema. {@code id} is null for a label not saved yet. */
public record Label(Long id, String name, LabelKind kind, String colour, String hotkey, String description,
        int sortOrder, boolean active, String guidelines) {
}

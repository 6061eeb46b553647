package org.corpusdesk.annotation;

/** A claim type or a verdict value: data, not code. {@code id} is null for one not saved yet. */
public record SchemaValue(Long id, String code, String name, String description, int sortOrder, boolean active) {
}

package org.corpusdesk.export;

import java.util.List;

/** A canonical source registry entry as exported: spans point to it by {@code id}. */
public record ExportedSource(long id, String name, String kind, String country, String description,
        List<String> aliases) {
}

package org.corpusdesk.ingest.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which input column or member gives which article field, where the usual names do not say it:
 * {@code text=description,title=headline} (the import's {@code --map} and the Import page's mapping field).
 */
public record FieldMapping(Map<String, String> columns) {

    public static final FieldMapping NONE = new FieldMapping(Map.of());
    /** The article fields an input can give, in the order help texts list them. */
    public static final List<String> FIELDS = List.of("text", "title", "outlet", "author", "url", "published", "language");

    public FieldMapping {
        columns = Map.copyOf(columns);
    }

    /** Parses {@code field=column[,field=column…]}; a blank value means no mapping. */
    public static FieldMapping parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (String pair : spec.split(",")) {
            int eq = pair.indexOf('=');
            String field = eq < 0 ? pair.strip() : pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String column = eq < 0 ? "" : pair.substring(eq + 1).strip();
            if (eq < 0 || column.isEmpty()) {
                throw new IllegalArgumentException("'" + pair.strip() + "' is not FIELD=COLUMN (for example text=description)");
            }
            if (!FIELDS.contains(field)) {
                throw new IllegalArgumentException("'" + field + "' is not an article field; the fields are "
                        + String.join(", ", FIELDS));
            }
            if (columns.put(field, column) != null) {
                throw new IllegalArgumentException("'" + field + "' is mapped twice");
            }
        }
        return new FieldMapping(columns);
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    @Override
    public String toString() {
        return columns.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(","));
    }
}

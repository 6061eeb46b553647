package org.corpusdesk.ingest;

import org.corpusdesk.ingest.format.FieldMapping;

/**
 * Who started an import and from where; {@code maxFileBytes} null means the configured limit; {@code fields}
 * names the input columns that give article fields where the usual names do not; a {@code dryRun} writes nothing.
 */
public record ImportOptions(String origin, Long userId, Long maxFileBytes, FieldMapping fields, boolean dryRun) {

    public ImportOptions(String origin, Long userId, Long maxFileBytes) {
        this(origin, userId, maxFileBytes, FieldMapping.NONE, false);
    }

    public ImportOptions(String origin, Long userId, Long maxFileBytes, FieldMapping fields) {
        this(origin, userId, maxFileBytes, fields, false);
    }

    public static ImportOptions cli(Long maxFileBytes) {
        return new ImportOptions("CLI", null, maxFileBytes);
    }

    public ImportOptions withFields(FieldMapping mapping) {
        return new ImportOptions(origin, userId, maxFileBytes, mapping, dryRun);
    }

    /** Reads, cleans and checks for duplicates as an import would, and writes nothing. */
    public ImportOptions asDryRun() {
        return new ImportOptions(origin, userId, maxFileBytes, fields, true);
    }
}

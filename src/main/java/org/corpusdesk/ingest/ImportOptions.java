package org.corpusdesk.ingest;

/** Who started an import and from where; {@code maxFileBytes} null means the configured limit. */
public record ImportOptions(String origin, Long userId, Long maxFileBytes) {

    public static ImportOptions cli(Long maxFileBytes) {
        return new ImportOptions("CLI", null, maxFileBytes);
    }
}

package org.corpusdesk.ingest;

/** Running totals of one import. */
public record ImportCounts(int files, int imported, int duplicates, int problems, long bytes) {
}

package org.corpusdesk.ingest;

import org.corpusdesk.ingest.dedupe.ShingleSketch;

/** An article ready to store: cleaned, with its metadata, content hash and sketch. */
public record PreparedArticle(
        String file,
        Integer line,
        String rawText,
        String cleanText,
        int cleanCodePoints,
        String cleaningReportJson,
        String title,
        String outlet,
        String author,
        String url,
        PublishedDate published,
        String dateline,
        String language,
        String creditLine,
        String flags,
        String extraJson,
        String contentHash,
        ShingleSketch sketch) {
}

package org.corpusdesk.ingest;

import java.util.List;
import org.corpusdesk.ingest.dedupe.ShingleSketch;

/** An article ready to store: cleaned, with its metadata, content and title hashes, sketch, and warnings for the user. */
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
        String titleHash,
        ShingleSketch sketch,
        List<String> warnings,
        List<org.corpusdesk.ingest.clean.Removal> removals) {
}

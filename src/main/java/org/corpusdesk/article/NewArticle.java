package org.corpusdesk.article;

import java.time.LocalDate;

/** A row of a new article as the importer hands it over; the id was allocated with {@link ArticleRepository#allocateIds}. */
public record NewArticle(
        long id,
        String rawText,
        String cleanText,
        int cleanCodePoints,
        String cleaningReportJson,
        String title,
        String outlet,
        String author,
        String url,
        LocalDate publishedOn,
        String publishedPrecision,
        String dateline,
        String language,
        String creditLine,
        String flags,
        String extraJson,
        String contentHash,
        String titleHash,
        long storyCluster,
        Double clusterSimilarity,
        Long duplicateOf,
        Long importBatchId,
        String importFile,
        Integer importLine,
        int sketchShingles,
        String sketchHashes) {
}

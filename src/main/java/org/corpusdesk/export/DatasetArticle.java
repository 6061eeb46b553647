package org.corpusdesk.export;

import java.util.List;

/**
 * One article as a dataset row: metadata, the clean text, its spans and relations, and its split; whether several
 * editors annotated it and whether a curator merged their work into the gold layer (for the dataset card).
 */
public record DatasetArticle(long id, String title, String outlet, String author, String url, String publishedOn,
        String publishedPrecision, String language, String dateline, String creditLine, List<String> flags,
        String status, long storyCluster, Long duplicateOf, String contentHash, String text, String split,
        List<DatasetSpan> spans, List<DatasetRelation> relations, boolean severalLayers, boolean curated) {
}

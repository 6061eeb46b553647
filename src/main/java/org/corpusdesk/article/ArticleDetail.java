package org.corpusdesk.article;

/** An article as the article view shows it: texts, metadata, and the version an edit is based on. */
public record ArticleDetail(long id, String cleanText, String rawText, String cleaningReportJson,
        ArticleMetadata metadata, int version, long storyCluster, int storySize, String assignedTo,
        String importFile) {
}

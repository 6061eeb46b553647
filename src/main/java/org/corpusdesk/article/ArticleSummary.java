package org.corpusdesk.article;

/** One row of the review queue; {@code openComments} counts its discussion's unresolved comments. */
public record ArticleSummary(long id, String title, String outlet, String language, String status, long storyCluster,
        int storySize, int cleanChars, String importFile, String assignedTo, int annotations, int openComments) {
}

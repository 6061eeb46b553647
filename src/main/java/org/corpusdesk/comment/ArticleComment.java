package org.corpusdesk.comment;

import java.time.OffsetDateTime;

/**
 * One comment of an article's discussion: on the article, or on a span ({@code annotationId}, with the span's text
 * as {@code quote}; the id is null once the span is deleted). Open until someone resolves it.
 */
public record ArticleComment(long id, long articleId, Long annotationId, String quote, Long authorId, String author,
        String body, OffsetDateTime createdAt, OffsetDateTime resolvedAt, String resolvedBy) {

    public boolean open() {
        return resolvedAt == null;
    }
}

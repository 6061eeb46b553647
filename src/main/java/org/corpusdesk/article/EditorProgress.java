package org.corpusdesk.article;

public record EditorProgress(long userId, String username, int assigned, int done) {
}

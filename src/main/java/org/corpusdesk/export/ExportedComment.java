package org.corpusdesk.export;

/**
 * A comment of an exported article's discussion: its article and span ids (span null for the article, or once the
 * span is deleted), the span's text, who wrote what when (ISO-8601 times), and who resolved it when.
 */
public record ExportedComment(long id, long article, Long span, String quote, String author, String text,
        String createdAt, String resolvedAt, String resolvedBy) {
}

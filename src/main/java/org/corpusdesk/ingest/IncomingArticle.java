package org.corpusdesk.ingest;

import java.util.Map;

/**
 * One article as an input gave it, before cleaning. Fields a format does not carry are null;
 * {@code extra} keeps fields we do not know, to be stored as metadata rather than dropped.
 */
public record IncomingArticle(
        String file,
        Integer line,
        String text,
        String title,
        String outlet,
        String author,
        String url,
        String published,
        String language,
        Map<String, String> extra) {

    public static IncomingArticle plainText(String file, String text) {
        return new IncomingArticle(file, null, text, null, null, null, null, null, null, Map.of());
    }
}

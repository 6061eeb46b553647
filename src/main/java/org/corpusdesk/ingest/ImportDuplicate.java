package org.corpusdesk.ingest;

/** A record skipped because the article it would make is stored already: same title, same text. */
public record ImportDuplicate(String file, Integer line, String title, long duplicateOf) {
}

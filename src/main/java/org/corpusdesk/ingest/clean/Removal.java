package org.corpusdesk.ingest.clean;

/** What cleaning took out of the raw text: the rule, the 1-based raw line and the text removed. */
public record Removal(String rule, int line, String text) {
}

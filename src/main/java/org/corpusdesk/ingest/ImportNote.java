package org.corpusdesk.ingest;

/** One line of what an import says about a record it did not simply import: rejected, a warning or a duplicate. */
public record ImportNote(Kind kind, String file, Integer line, String reason) {

    public enum Kind { REJECTED, WARNING, DUPLICATE }
}

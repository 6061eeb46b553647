package org.corpusdesk.ingest;

/** A file or record that was not imported, and why. */
public record ImportProblem(String file, Integer line, String reason) {

    /** One readable line: {@code file:line: reason}. */
    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + reason;
    }
}

package org.corpusdesk.ingest;

/**
 * A file or record that was not imported, and why; or, as a warning, something about a record that was
 * imported (a date that could not be read) and that the user should know.
 */
public record ImportProblem(String file, Integer line, String reason, boolean warning) {

    public ImportProblem(String file, Integer line, String reason) {
        this(file, line, reason, false);
    }

    public static ImportProblem warning(String file, Integer line, String reason) {
        return new ImportProblem(file, line, reason, true);
    }

    /** One readable line: {@code file:line: reason}. */
    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + reason;
    }
}

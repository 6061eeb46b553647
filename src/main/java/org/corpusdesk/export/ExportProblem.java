package org.corpusdesk.export;

/** An export that cannot start as asked (unknown format, a non-empty output folder, …): the message says why. */
public class ExportProblem extends RuntimeException {
    public ExportProblem(String message) {
        super(message);
    }
}

package org.corpusdesk.ingest;

/** An input that cannot be imported; the message is shown to the user as it is, so it names what is wrong. */
public class RejectedInputException extends Exception {

    private final Integer line;

    public RejectedInputException(String message) {
        this(message, null);
    }

    public RejectedInputException(String message, Integer line) {
        super(message);
        this.line = line;
    }

    /** 1-based line of the input the problem is on, or null when it concerns the whole file. */
    public Integer line() {
        return line;
    }
}

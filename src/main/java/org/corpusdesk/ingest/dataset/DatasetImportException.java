package org.corpusdesk.ingest.dataset;

/** A dataset or brat folder that cannot be imported; the message names the file (and line) and why. */
public class DatasetImportException extends RuntimeException {
    public DatasetImportException(String message) {
        super(message);
    }
}

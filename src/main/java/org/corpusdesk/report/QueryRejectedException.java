package org.corpusdesk.report;

/** A read-only query that was refused or stopped; the message says why, in words a user can act on. */
public class QueryRejectedException extends Exception {

    public QueryRejectedException(String message) {
        super(message);
    }
}

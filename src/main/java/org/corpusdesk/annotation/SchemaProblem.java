package org.corpusdesk.annotation;

/** A label-schema change that cannot be saved, with the field and reason for the person who made it. */
public class SchemaProblem extends RuntimeException {
    public SchemaProblem(String message) {
        super(message);
    }
}

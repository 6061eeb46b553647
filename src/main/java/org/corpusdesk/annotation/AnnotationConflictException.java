package org.corpusdesk.annotation;

/** The annotation changed or disappeared since the editor loaded it; nothing was written. */
public class AnnotationConflictException extends RuntimeException {

    private final Annotation current;

    public AnnotationConflictException(String message, Annotation current) {
        super(message);
        this.current = current;
    }

    /** The annotation as it is now, or null when it was deleted. */
    public Annotation current() {
        return current;
    }
}

package org.corpusdesk.annotation;

/**
 * A claim span attributed to a source span, optionally through a cue span ("said", "told AFP"); no source
 * ({@code sourceAnnotationId} null) when the text attributes the claim to nobody ("Allegations of fraud");
 * {@code triggerAnnotationId} the span a brat event was anchored on, or null.
 */
public record Attribution(long id, long claimAnnotationId, Long sourceAnnotationId, Long cueAnnotationId, int version,
        Long triggerAnnotationId) {
}

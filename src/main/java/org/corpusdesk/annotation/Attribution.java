package org.corpusdesk.annotation;

/** A claim span attributed to a source span, optionally through a cue span ("said", "told AFP"). */
public record Attribution(long id, long claimAnnotationId, long sourceAnnotationId, Long cueAnnotationId, int version) {
}

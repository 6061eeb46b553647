package org.corpusdesk.export;

/** A claim span attributed to a source span, optionally through a cue span ("said", "told AFP"): span ids. */
public record DatasetRelation(long claim, long source, Long cue) {
}

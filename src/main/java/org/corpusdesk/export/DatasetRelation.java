package org.corpusdesk.export;

/**
 * A claim span attributed to a source span (null: to nobody, as "Allegations of fraud"), optionally through a cue
 * span ("said", "told AFP"), and the span a brat event was anchored on ({@code trigger}, else null): span ids;
 * {@code id} the attribution's own, in the order they were made.
 */
public record DatasetRelation(long id, long claim, Long source, Long cue, Long trigger) {
}

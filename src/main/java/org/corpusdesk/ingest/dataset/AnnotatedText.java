package org.corpusdesk.ingest.dataset;

import org.corpusdesk.annotation.Spans;

/**
 * The stored article a text annotated elsewhere (brat, doccano, Label Studio) lands on: its clean text and, when that
 * differs from the annotated text (the article was imported and cleaned before), the map of offsets onto it.
 */
record AnnotatedText(long article, String text, String cleanText, OffsetMap map) {

    /** A new article made of the annotated text itself: offsets stay as they are. */
    static AnnotatedText same(long article, String text) {
        return new AnnotatedText(article, text, text, null);
    }

    /** Where a range of the annotated text stands in the stored clean text: {@code there} is null when it has no place. */
    record Placement(int start, int end, String there) {
    }

    /** The range [start, end) of the annotated text moved onto the stored clean text. */
    Placement place(int start, int end) {
        if (map == null) {
            return new Placement(start, end, Spans.slice(cleanText, start, end));
        }
        int s = map.start(start);
        int e = map.end(end);
        return s < 0 || e <= s ? new Placement(s, e, null) : new Placement(s, e, Spans.slice(cleanText, s, e));
    }

    /** The same range moved, only where exactly its words stand there; null otherwise. */
    Placement placeExactly(int start, int end) {
        Placement p = place(start, end);
        return Spans.slice(text, start, end).equals(p.there()) ? p : null;
    }
}

package org.corpusdesk.agreement;

/** One span of one annotator's layer, as agreement sees it: its label and code-point range. */
public record LayerSpan(String label, int start, int end) {

    boolean overlaps(LayerSpan o) {
        return start < o.end && o.start < end;
    }

    int overlap(LayerSpan o) {
        return Math.min(end, o.end) - Math.max(start, o.start);
    }
}

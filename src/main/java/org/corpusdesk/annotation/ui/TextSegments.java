package org.corpusdesk.annotation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.corpusdesk.annotation.Annotation;
import org.corpusdesk.annotation.Spans;

/** Cuts a text at every annotation boundary: each piece knows its code-point start and the spans covering it. */
public final class TextSegments {

    public record Segment(int startCp, String text, List<Annotation> covering) {
    }

    private TextSegments() {
    }

    public static List<Segment> of(String text, List<Annotation> annotations) {
        int length = Spans.codePointLength(text);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Annotation a : annotations) {
            cuts.add(Math.min(a.startCp(), length));
            cuts.add(Math.min(a.endCp(), length));
        }
        List<Segment> segments = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                int from = previous;
                List<Annotation> covering = annotations.stream()
                        .filter(a -> a.startCp() <= from && a.endCp() >= cut)
                        .sorted((x, y) -> Integer.compare(y.endCp() - y.startCp(), x.endCp() - x.startCp()))
                        .toList();
                segments.add(new Segment(from, Spans.slice(text, from, cut), covering));
            }
            previous = cut;
        }
        return segments;
    }
}

package org.corpusdesk.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureParserAndSpansTest {

    @Test
    void readsFiguresWithQualifiersScalesAndUnits() {
        assertThat(FigureParser.parse("more than 1,250 people")).contains(new Figure(new BigDecimal("1250"), "people", "more than"));
        assertThat(FigureParser.parse("destroyed two tanks")).contains(new Figure(new BigDecimal("2"), "tanks", null));
        assertThat(FigureParser.parse("about 3.5 million dollars")).contains(new Figure(new BigDecimal("3500000"), "dollars", "about"));
        assertThat(FigureParser.parse("at least 40 were killed")).contains(new Figure(new BigDecimal("40"), null, "at least"));
        assertThat(FigureParser.parse("Yerevan accused Baku")).isEmpty();
    }

    @Test
    void selectionsSnapToWholeWordsInCodePoints() {
        String text = "🇦🇲 the Russian Foreign Ministry said";
        int start = text.codePointCount(0, text.indexOf("ussian"));
        int end = text.codePointCount(0, text.indexOf("stry"));
        int[] snapped = Spans.snapToWords(text, start, end);
        assertThat(Spans.slice(text, snapped[0], snapped[1])).isEqualTo("Russian Foreign Ministry");
        int[] padded = Spans.snapToWords(text, start - 2, start + 7);
        assertThat(Spans.slice(text, padded[0], padded[1])).isEqualTo("Russian");
        int[] blank = Spans.snapToWords(text, 2, 3);
        assertThat(blank[0]).isEqualTo(blank[1]);
        assertThat(Spans.codePointLength(text)).isEqualTo(text.length() - 2);
    }

    @Test
    void aSpansEdgesMoveOneWordAtATimeAndNeverEmptyIt() {
        String text = "🇦🇲 the Russian Foreign Ministry said on Friday";
        int start = text.codePointCount(0, text.indexOf("Russian"));
        int end = text.codePointCount(0, text.indexOf(" Ministry"));
        java.util.function.Function<int[], String> covered = s -> Spans.slice(text, s[0], s[1]);
        assertThat(covered.apply(new int[] {start, end})).isEqualTo("Russian Foreign");
        int[] wider = Spans.moveEdge(text, start, end, Spans.Edge.END, true);
        assertThat(covered.apply(wider)).isEqualTo("Russian Foreign Ministry");
        int[] earlier = Spans.moveEdge(text, wider[0], wider[1], Spans.Edge.START, false);
        assertThat(covered.apply(earlier)).isEqualTo("the Russian Foreign Ministry");
        int[] later = Spans.moveEdge(text, earlier[0], earlier[1], Spans.Edge.START, true);
        assertThat(covered.apply(later)).isEqualTo("Russian Foreign Ministry");
        int[] shorter = Spans.moveEdge(text, later[0], later[1], Spans.Edge.END, false);
        assertThat(covered.apply(shorter)).isEqualTo("Russian Foreign");
        int[] one = Spans.moveEdge(text, start, start + 7, Spans.Edge.END, false);
        assertThat(covered.apply(one)).as("a one-word span keeps its word").isEqualTo("Russian");
        int[] last = Spans.moveEdge(text, Spans.codePointLength(text) - 6, Spans.codePointLength(text), Spans.Edge.END, true);
        assertThat(covered.apply(last)).isEqualTo("Friday");
    }
}

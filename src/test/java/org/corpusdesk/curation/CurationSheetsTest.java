package org.corpusdesk.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corpusdesk.curation.CurationSheets.AttributionIn;
import org.corpusdesk.curation.CurationSheets.SpanIn;
import org.corpusdesk.curation.ui.CurationView;
import org.junit.jupiter.api.Test;

/** Units are per label: a Source inside a Content span both editors marked alike is two agreed units, one region. */
class CurationSheetsTest {

    static final String TEXT = "He said the minister 😀 told AFP the bridge is closed.";

    static SpanIn span(long id, String who, long label, String name, String phrase) {
        int start = TEXT.codePointCount(0, TEXT.indexOf(phrase));
        return new SpanIn(id, who, who.equals("gold"), label, name, "#888888", start,
                start + phrase.codePointCount(0, phrase.length()), phrase, null);
    }

    @Test
    void nestedSpansOfOtherLabelsAreUnitsOfTheirOwnAndOneRegionInTheText() {
        List<SpanIn> spans = List.of(
                span(1, "ann", 1, "Content", "the minister 😀 told AFP the bridge is closed"),
                span(2, "ann", 2, "Source", "the minister"),
                span(3, "bob", 1, "Content", "the minister 😀 told AFP the bridge is closed"),
                span(4, "bob", 2, "Source", "the minister"),
                span(5, "bob", 2, "Source", "AFP"),
                span(6, "gold", 2, "Source", "the minister"));
        CurationSheet sheet = CurationSheets.build(7, "t", TEXT, "DONE", spans, List.of(new AttributionIn(9, 1, 2L),
                new AttributionIn(10, 3, 4L)));
        assertThat(sheet.layers()).containsExactly("ann", "bob");
        assertThat(sheet.units()).extracting(u -> u.variants().getFirst().label() + " " + u.variants().getFirst().text()
                + " " + u.agreed()).containsExactly("Content the minister 😀 told AFP the bridge is closed true",
                "Source the minister true", "Source AFP false");
        assertThat(sheet.units().get(1).variants().getFirst().inGold()).isTrue();
        assertThat(sheet.attributions()).singleElement().satisfies(a -> {
            assertThat(a.annotators()).containsExactly("ann", "bob");
            assertThat(a.agreed()).isTrue();
            assertThat(a.inGold()).isFalse();
        });
        String html = CurationView.html(sheet);
        assertThat(html.split("<mark", -1)).hasSize(2);
        assertThat(html).contains("class=\"conflict\"").contains(">the minister 😀 told AFP the bridge is closed</mark>.")
                .startsWith("He said ");
    }
}

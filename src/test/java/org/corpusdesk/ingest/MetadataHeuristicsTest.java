package org.corpusdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataHeuristicsTest {

    private final MetadataHeuristics heuristics = new MetadataHeuristics();

    @Test
    void wireDatelineGivesOutletAndDate() {
        var d = heuristics.dateline("Oct. 31 (UPI) -- Russia agreed Saturday to aid Armenia.");
        assertThat(d).isEqualTo(new MetadataHeuristics.Dateline("Oct. 31", "UPI"));
    }

    @Test
    void datelineBelowACaptionIsFound() {
        var d = heuristics.dateline("A caption of a photo.\n\nMOSCOW (Reuters) - The Kremlin said on Monday.");
        assertThat(d).isEqualTo(new MetadataHeuristics.Dateline("MOSCOW", "Reuters"));
    }

    @Test
    void ordinaryParenthesesAreNoDateline() {
        assertThat(heuristics.dateline("The Collective Security Treaty Organization (CSTO) met.")).isNull();
    }

    @Test
    void creditLineIsFound() {
        assertThat(heuristics.creditLine("Body text.\n\nAFP contributed reporting.")).isEqualTo("AFP contributed reporting.");
        assertThat(heuristics.creditLine("Nobody contributed anything here.")).isNull();
    }

    @Test
    void publishedDatesKeepTheirPrecision() {
        assertThat(PublishedDate.parse("2020-10-31")).isEqualTo(
                new PublishedDate(LocalDate.of(2020, 10, 31), PublishedDate.Precision.DAY));
        assertThat(PublishedDate.parse("2020-10-31T08:15:00Z").date()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(PublishedDate.parse("Oct. 31, 2020").date()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(PublishedDate.parse("2022-09").precision()).isEqualTo(PublishedDate.Precision.MONTH);
        assertThat(PublishedDate.parse("2022").precision()).isEqualTo(PublishedDate.Precision.YEAR);
        assertThat(PublishedDate.parse("last Tuesday")).isNull();
    }
}

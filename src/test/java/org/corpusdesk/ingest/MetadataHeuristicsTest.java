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

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '`', textBlock = """
            (Reuters) - The ministry said on Monday.                  |                   | Reuters
            SEOUL/BEIJING (Reuters) - Talks resumed.                  | SEOUL/BEIJING     | Reuters
            ORLANDO, Fla. (Reuters) - A storm neared.                 | ORLANDO, Fla.     | Reuters
            WASHINGTON, D.C. (AP) — The vote was close.               | WASHINGTON, D.C.  | AP
            (CNN) -- Rescuers reached the village.                    |                   | CNN
            AP - Officials said the fire was out.                     |                   | AP
            SALVADOR, Feb 26 - Cocoa arrivals were steady.             | SALVADOR, Feb 26  | -
            MOSCOW, Oct 31 (Reuters) - Prices rose.                   | MOSCOW, Oct 31    | Reuters
            Beirut (CNN) -- Shelling resumed.                         | Beirut            | CNN
            `  LAGOS (Reuters) - An indented first line.`              | LAGOS             | Reuters
            (Corrects the name in paragraph 3) PARIS (AFP) - Strikes. | PARIS             | AFP
            EXAMPLE CITY, Ohio/WASHINGTON (Reuters) - Two places.     | EXAMPLE CITY, Ohio/WASHINGTON | Reuters
            NEW YORK (LPC/IFR) - Loans grew.                          | NEW YORK          | LPC/IFR
            Port Example, Examplestan (CNN)  -- A quiet day.          | Port Example, Examplestan | CNN
            """)
    void wireDatelineStyles(String line, String dateline, String outlet) {
        assertThat(heuristics.dateline(line)).isEqualTo(new MetadataHeuristics.Dateline(
                dateline == null ? "" : dateline, outlet));
    }

    @org.junit.jupiter.api.Test
    void sentencesThatMerelyStartWithAnAgencyOrACapitalAreNoDateline() {
        assertThat(heuristics.dateline("AP reporters were there too - and saw it.")).isNull();
        assertThat(heuristics.dateline("NATO, the alliance, said - again - no.")).isNull();
        assertThat(heuristics.dateline("The Collective Security Treaty Organization (CSTO) - met on Monday.")).isNull();
    }
}

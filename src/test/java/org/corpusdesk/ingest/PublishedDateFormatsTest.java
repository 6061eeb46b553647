package org.corpusdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as news corpora write them: wire archives, scraped pages, spreadsheets. */
class PublishedDateFormatsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            26-FEB-1987 15:01:01.79          | 1987-02-26
            December 31, 2017                | 2017-12-31
            DECEMBER 31, 2017                | 2017-12-31
            Monday, December 4, 2017         | 2017-12-04
            Dec. 4, 2017 10:15 AM            | 2017-12-04
            4th December 2017                | 2017-12-04
            2017-12-04T10:15:00Z             | 2017-12-04
            2017-12-04 10:15:00              | 2017-12-04
            Mon, 04 Dec 2017 10:15:00 GMT    | 2017-12-04
            04.12.2017                       | 2017-12-04
            20171204                         | 2017-12-04
            12/31/2017                       | 2017-12-31
            31/12/2017                       | 2017-12-31
            03/04/2017                       | -
            31-FEB-1987                      | -
            the day after                    | -
            """)
    void parsesTheUsualFormsAndNothingAmbiguous(String value, String expected) {
        PublishedDate parsed = PublishedDate.parse(value);
        assertThat(parsed == null ? null : parsed.date()).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }
}

package org.corpusdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The read-only account's URL keeps nothing that would connect it as someone else or change settings. */
class ReaderUrlTest {

    @Test
    void postgresUrlsLoseTheirUserAndPassword() {
        assertThat(ReaderAccount.readerUrl("jdbc:postgresql://db:5432/corpus?user=postgres"))
                .isEqualTo("jdbc:postgresql://db:5432/corpus");
        assertThat(ReaderAccount.readerUrl("jdbc:postgresql://db/corpus?user=admin&password=x&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/corpus?ssl=true");
        assertThat(ReaderAccount.readerUrl("jdbc:postgresql://db/corpus?ssl=true&user=admin"))
                .isEqualTo("jdbc:postgresql://db/corpus?ssl=true");
    }

    @Test
    void h2UrlsKeepOnlyTheServerSettings() {
        assertThat(ReaderAccount.readerUrl("jdbc:h2:file:/d/corpus-desk;AUTO_SERVER=TRUE;WRITE_DELAY=0;DB_CLOSE_DELAY=-1"))
                .isEqualTo("jdbc:h2:file:/d/corpus-desk;AUTO_SERVER=TRUE");
    }
}

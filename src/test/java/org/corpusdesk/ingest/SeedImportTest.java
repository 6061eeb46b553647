package org.corpusdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusdesk.jooq.Tables.ARTICLE;

import java.util.List;
import java.util.Map;
import org.corpusdesk.jooq.tables.records.ArticleRecord;
import org.corpusdesk.support.Seeds;
import org.corpusdesk.support.ServiceTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The acceptance criteria of the foundation, on the real seed corpus. */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:seeds;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedImportTest {

    private static final List<String> BOILERPLATE = List.of("[ad_", "Advertisement", "Source link", "Leave a Reply",
            "Post a Comment", "Previous Post", "Latest Headlines", "Home /", "[author_name]");

    @Autowired
    ImportService importService;
    @Autowired
    DSLContext dsl;

    ImportReport first;
    Map<String, ArticleRecord> byFile;

    @BeforeAll
    void importSeeds() {
        first = importService.importPaths(List.of(Seeds.folder()), ImportOptions.cli(null), ImportListener.NONE);
        byFile = dsl.selectFrom(ARTICLE).fetchMap(r -> r.getImportFile().replaceAll(".*/", "").substring(0, 3));
    }

    @Test
    void allFiveSeedsAreImported() {
        assertThat(first.counts().imported()).isEqualTo(5);
        assertThat(first.counts().problems()).isZero();
        assertThat(byFile).containsOnlyKeys("000", "001", "002", "003", "004");
    }

    @Test
    void noCleanTextKeepsBoilerplate() {
        for (ArticleRecord a : byFile.values()) {
            for (String noise : BOILERPLATE) {
                assertThat(a.getCleanText()).as("%s in %s", noise, a.getImportFile()).doesNotContain(noise);
            }
        }
    }

    @Test
    void rawTextIsKeptExactlyAsImported() throws Exception {
        String raw = java.nio.file.Files.readString(Seeds.file("004"));
        assertThat(byFile.get("004").getRawText()).isEqualTo(raw);
    }

    @Test
    void headlinesBecomeTitles() {
        assertThat(byFile.get("002").getTitle()).isEqualTo("Armenia Seeks Russia’s Aid in Deadly Azerbaijan Border Clashes");
        assertThat(byFile.get("003").getTitle()).startsWith("Raging battles in Karabakh");
        assertThat(byFile.get("004").getTitle()).isEqualTo("Russia agrees to aid Armenia if Azeri clashes spread to its territory");
        assertThat(byFile.get("000").getTitle()).isNull();
        assertThat(byFile.get("000").getFlags()).contains("needs_title");
    }

    @Test
    void theHeadlineIsNotRepeatedInTheBody() {
        assertThat(byFile.get("003").getCleanText()).doesNotContain("Raging battles in Karabakh");
        assertThat(byFile.get("004").getCleanText()).doesNotStartWith("Russia agrees");
    }

    @Test
    void wireDatelineAndCreditLineAreRead() {
        assertThat(byFile.get("004").getOutlet()).isEqualTo("UPI");
        assertThat(byFile.get("004").getDateline()).isEqualTo("Oct. 31");
        assertThat(byFile.get("002").getCreditLine()).isEqualTo("AFP contributed reporting.");
        assertThat(byFile.get("000").getLanguage()).isEqualTo("en");
    }

    @Test
    void theRepeatedCaptionIsKeptOnce() {
        String clean = byFile.get("004").getCleanText();
        String caption = "Azerbaijan rescuers carry a body";
        assertThat(clean.indexOf(caption)).isNotNegative().isEqualTo(clean.lastIndexOf(caption));
    }

    @Test
    void rewritesOfOneStoryShareAClusterAndAnotherEventDoesNot() {
        assertThat(byFile.get("001").getStoryCluster()).isEqualTo(byFile.get("000").getStoryCluster());
        assertThat(byFile.get("001").getClusterSimilarity()).isGreaterThan(0.18);
        assertThat(byFile.get("002").getStoryCluster()).isNotEqualTo(byFile.get("000").getStoryCluster());
        assertThat(byFile.get("002").getStoryCluster()).isEqualTo(byFile.get("002").getId());
    }

    @Test
    void cleanLengthIsInCodePoints() {
        for (ArticleRecord a : byFile.values()) {
            assertThat(a.getCleanCpLength()).isEqualTo(a.getCleanText().codePointCount(0, a.getCleanText().length()));
        }
    }

    @Test
    void aSecondImportAddsNothing() {
        ImportReport again = importService.importPaths(List.of(Seeds.folder()), ImportOptions.cli(null), ImportListener.NONE);
        assertThat(again.counts().imported()).isZero();
        assertThat(again.counts().duplicates()).isEqualTo(5);
        assertThat(dsl.fetchCount(ARTICLE)).isEqualTo(5);
    }
}

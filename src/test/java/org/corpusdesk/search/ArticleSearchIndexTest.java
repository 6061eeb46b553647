package org.corpusdesk.search;

import static org.corpusdesk.jooq.Tables.ARTICLE;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.corpusdesk.support.ServiceTest;
import org.corpusdesk.support.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The queue's full-text index follows the database: new, changed and late-committed articles are found. */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:search-index;DB_CLOSE_DELAY=-1")
class ArticleSearchIndexTest {

    @Autowired
    DSLContext dsl;

    @TempDir
    Path folder;

    /** The index is derived data: one that cannot be read is rebuilt from the database, not a reason to stop. */
    @Test
    void aDamagedIndexIsRebuiltFromTheDatabase() throws Exception {
        TestData.article(dsl, 11, "Shelling reported", "AFP", "Shelling was reported overnight in Tartar.");
        try (ArticleSearchIndex index = new ArticleSearchIndex(dsl, folder)) {
            index.catchUp();
        }
        try (var files = java.nio.file.Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                java.nio.file.Files.write(f, new byte[] {0, 1, 2, 3, 4, 5, 6, 7}); // as an unclean copy leaves it
            }
        }
        try (ArticleSearchIndex rebuilt = new ArticleSearchIndex(dsl, folder)) {
            assertThat(rebuilt.ready()).isFalse();
            assertThat(rebuilt.catchUp()).isPositive();
            assertThat(rebuilt.matching("tartar", 10)).contains(11L);
        } finally {
            dsl.deleteFrom(ARTICLE).where(ARTICLE.ID.eq(11L)).execute(); // the other test counts the corpus
        }
    }

    @Test
    void findsArticlesByAllWordsWithTheLastAsAPrefixAndFollowsChanges() {
        TestData.article(dsl, 1, "Russia offers help", "UPI", "The Russian Foreign Ministry said it would assist Armenia.");
        TestData.article(dsl, 2, "Ceasefire talks", "AFP", "Talks in Geneva failed to reach a ceasefire.");
        TestData.article(dsl, 3, null, "AFP", "Drones were shot down near Stepanakert, the ministry said.");
        try (ArticleSearchIndex index = new ArticleSearchIndex(dsl, folder)) {
            assertThat(index.ready()).isFalse();
            assertThat(index.catchUp()).isEqualTo(3);
            assertThat(index.ready()).isTrue();
            assertThat(index.matching("ministry said", 10)).containsExactlyInAnyOrder(1L, 3L);
            assertThat(index.matching("russian foreign minis", 10)).containsExactly(1L);
            assertThat(index.matching("GENEVA", 10)).containsExactly(2L);
            assertThat(index.matching("offers", 10)).as("titles are searched too").containsExactly(1L);
            assertThat(index.matching("  ,; ", 10)).isNull();

            // typed updates: PostgreSQL does not take a timestamp bound as plain-SQL text
            dsl.update(ARTICLE).set(ARTICLE.TITLE, "Drone losses disputed")
                    .set(ARTICLE.UPDATED_AT, OffsetDateTime.now().plusSeconds(1)).where(ARTICLE.ID.eq(3L)).execute();
            // committed late: stamped before the watermark, inside the overlap that a periodic pass re-reads
            TestData.article(dsl, 4, "Late article", "BBC", "A statement about drones.");
            dsl.update(ARTICLE).set(ARTICLE.UPDATED_AT, OffsetDateTime.now().minusSeconds(10)).where(ARTICLE.ID.eq(4L)).execute();
            index.catchUp();
            assertThat(index.matching("statement", 10)).as("a plain pass reads from the watermark on").isEmpty();
            index.catchUp(true);
            assertThat(index.matching("disputed", 10)).containsExactly(3L);
            assertThat(index.matching("drone", 10)).containsExactlyInAnyOrder(3L, 4L);
        }
        try (ArticleSearchIndex reopened = new ArticleSearchIndex(dsl, folder)) {
            assertThat(reopened.catchUp()).as("after a restart only the article stamped at the watermark is read again")
                    .isEqualTo(1);
            assertThat(reopened.matching("ceasefire", 10)).containsExactly(2L);
        }
    }
}

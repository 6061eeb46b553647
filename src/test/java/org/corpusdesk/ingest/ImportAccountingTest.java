package org.corpusdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusdesk.jooq.Tables.ARTICLE;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpusdesk.support.ServiceTest;
import org.corpusdesk.user.CurrentUser;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every record in ends as imported, a duplicate of a named article, or rejected; an exact duplicate is the same
 * title and the same text, so a body reused under a new headline is kept.
 */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:accounting;DB_CLOSE_DELAY=-1")
class ImportAccountingTest {

    @Autowired
    ImportService importService;
    @Autowired
    ImportHistoryService history;
    @Autowired
    DSLContext dsl;

    @TempDir
    Path dir;

    @Test
    void everyRecordInIsImportedADuplicateOfANamedArticleOrRejected() throws Exception {
        String body = "Placeholder body of a wire brief, the same under every headline of the day.";
        Files.writeString(dir.resolve("a-briefs.jsonl"), """
                {"title": "Markets close higher", "text": "%1$s"}
                {"title": "Oil prices fall", "text": "%1$s"}
                {"title": "Markets close higher", "text": "%1$s"}
                {"title": "Broken line", "text": 
                {"title": "Dated oddly", "text": "A story whose date nobody can read.", "published": "the day after"}
                {"title": "Nothing left", "text": "   "}
                """.formatted(body));
        Files.write(dir.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("c-copy.csv"), "title,text\n\"Oil prices fall\",\"" + body + "\"\n");

        ImportReport report = importService.importPaths(List.of(dir), ImportOptions.cli(null), ImportListener.NONE);

        ImportCounts c = report.counts();
        assertThat(c.recordsIn()).isEqualTo(8);
        assertThat(c.imported()).isEqualTo(3);
        assertThat(c.duplicates()).isEqualTo(2);
        assertThat(c.problems()).isEqualTo(3);
        assertThat(c.warnings()).isEqualTo(1);
        assertThat(c.accounting()).isEqualTo("8 records in = 3 imported + 2 duplicates + 3 rejected");

        Long markets = articleTitled("Markets close higher");
        Long oil = articleTitled("Oil prices fall");
        assertThat(dsl.fetch("SELECT file, line, title, duplicate_of FROM v_import_duplicate WHERE batch_id = ? ORDER BY id",
                report.batchId()).map(r -> Path.of(r.get(0, String.class)).getFileName() + ":" + r.get(1) + " "
                + r.get(2) + " -> " + r.get(3)))
                .containsExactly("a-briefs.jsonl:3 Markets close higher -> " + markets,
                        "c-copy.csv:2 Oil prices fall -> " + oil);
        // the same body under another headline is a near-duplicate in the same story, not a skip
        assertThat(dsl.select(ARTICLE.STORY_CLUSTER).from(ARTICLE).where(ARTICLE.ID.in(markets, oil))
                .fetch(ARTICLE.STORY_CLUSTER)).hasSize(2).containsOnly(markets);

        Record batch = dsl.fetchOne("SELECT records_in, articles_imported, duplicates_skipped, problems_recorded, "
                + "warnings_recorded FROM v_import_batch WHERE id = ?", report.batchId());
        assertThat(batch.intoArray()).containsExactly(8, 3, 2, 3, 1);
        assertThat(dsl.fetch("SELECT kind, line, reason FROM v_import_problem WHERE batch_id = ? AND kind = 'WARNING'",
                report.batchId()).map(r -> r.get(1) + " " + r.get(2)))
                .containsExactly("5 published date \"the day after\" is in no format we read: kept as published_unparsed "
                        + "in the extra metadata");
        assertThat(CurrentUser.runAsAdministrator("test", () -> history.noteCount(report.batchId()))).isEqualTo(6);
        List<ImportNote> notes = CurrentUser.runAsAdministrator("test", () -> history.notes(report.batchId(), 100));
        assertThat(notes.subList(0, 4)).extracting(ImportNote::kind).containsExactlyInAnyOrder(
                ImportNote.Kind.REJECTED, ImportNote.Kind.WARNING, ImportNote.Kind.REJECTED, ImportNote.Kind.REJECTED);
        assertThat(notes.subList(4, 6)).extracting(ImportNote::reason).containsExactly(
                "same title and text as article " + markets, "same title and text as article " + oil);
    }

    @Test
    void aRerunSkipsEveryRecordAsADuplicateOfWhatTheFirstRunStored() throws Exception {
        Files.writeString(dir.resolve("twice.jsonl"), """
                {"title": "First", "text": "The first body of the re-run test."}
                {"text": "A body without any title, twice imported.\\nSecond paragraph of it, so no headline is taken."}
                """);
        ImportReport first = importService.importPaths(List.of(dir), ImportOptions.cli(null), ImportListener.NONE);
        ImportReport second = importService.importPaths(List.of(dir), ImportOptions.cli(null), ImportListener.NONE);
        assertThat(first.counts().imported()).isEqualTo(2);
        assertThat(second.counts().accounting()).isEqualTo("2 records in = 0 imported + 2 duplicates + 0 rejected");
        assertThat(dsl.fetch("SELECT duplicate_of FROM v_import_duplicate WHERE batch_id = ? ORDER BY id",
                second.batchId()).getValues(0, Long.class))
                .containsExactlyElementsOf(dsl.fetch("SELECT id FROM article WHERE import_batch_id = ? ORDER BY import_line",
                        first.batchId()).getValues(0, Long.class));
    }

    private Long articleTitled(String title) {
        return dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.TITLE.eq(title)).orderBy(ARTICLE.ID).limit(1)
                .fetchOne(ARTICLE.ID);
    }
}

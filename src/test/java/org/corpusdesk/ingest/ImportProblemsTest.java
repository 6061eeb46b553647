package org.corpusdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.IMPORT_PROBLEM;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpusdesk.support.ServiceTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Every kind of bad input is recorded with file, line and reason, and the good input of the same run is kept. */
@ServiceTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:problems;DB_CLOSE_DELAY=-1",
    "corpusdesk.import.max-file-bytes=2000"})
class ImportProblemsTest {

    @Autowired
    ImportService importService;
    @Autowired
    DSLContext dsl;

    @TempDir
    Path dir;

    /** A NUL byte or undecodable bytes in one line of a JSON Lines file cost that line only. */
    @Test
    void aBinaryOrUndecodableLineOfJsonLinesRejectsThatLineOnly() throws Exception {
        Path file = dir.resolve("mixed-bytes.jsonl");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("{\"title\": \"Line one\", \"text\": \"The first body, kept.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"title\": \"Line two\", \"text\": \"A NUL \u0000 here\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"title\": \"Line three\", \"text\": \"The third body, kept.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', ' ', '"', (byte) 0x81, (byte) 0xC3, '"', '}', '\n'});
        bytes.writeBytes("{\"title\": \"Line five\", \"text\": \"Caf\u00e9 society, kept too.\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        ImportReport report = importService.importPaths(List.of(file), ImportOptions.cli(null), ImportListener.NONE);
        assertThat(dsl.select(ARTICLE.TITLE).from(ARTICLE).where(ARTICLE.IMPORT_BATCH_ID.eq(report.batchId()))
                .fetch(ARTICLE.TITLE)).containsExactlyInAnyOrder("Line one", "Line three", "Line five");
        assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                file + ":2: binary content (NUL byte at byte 38 of the line), not text",
                file + ":4: this line is not valid UTF-8 (invalid UTF-8 at byte offset 10 of the line)");
    }

    /** A value longer than its column costs only its own record, with field and lengths named; the batch completes. */
    @Test
    void anOverLongFieldRejectsItsRecordOnly() throws Exception {
        Path file = dir.resolve("long-field.jsonl");
        Files.writeString(file, """
                {"title": "First of three", "text": "The first body, stored as usual."}
                {"title": "Second of three", "text": "The second body.", "language": "english (united kingdom)"}
                {"title": "Third of three", "text": "The third body, after the bad one."}
                """);
        ImportReport report = importService.importPaths(List.of(file), ImportOptions.cli(null), ImportListener.NONE);
        assertThat(report.counts().imported()).isEqualTo(2);
        assertThat(report.problems()).extracting(ImportProblem::toString).containsExactly(
                file + ":2: language is 24 characters long, more than the 16 allowed");
        assertThat(dsl.fetchValue("SELECT status FROM v_import_batch WHERE id = " + report.batchId())).isEqualTo("COMPLETED");
        assertThat(dsl.select(ARTICLE.TITLE).from(ARTICLE).where(ARTICLE.IMPORT_BATCH_ID.eq(report.batchId()))
                .fetch(ARTICLE.TITLE)).containsExactlyInAnyOrder("First of three", "Third of three");
    }

    @Test
    void badInputIsReportedAndGoodInputImported() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "A good headline\n\nThe body of a good article, long enough to read.");
        Files.writeString(dir.resolve("mixed.jsonl"), """
                {"title": "Kept", "text": "A body that is kept."}
                {oops
                {"title": "Empty", "text": "   "}
                {"title": "Only ads", "text": "[ad_1]\\nAdvertisement"}
                """);
        Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
        Files.write(dir.resolve("latin.txt"), new byte[] {'x', ' ', (byte) 0x81, (byte) 0x8D});
        Files.writeString(dir.resolve("big.txt"), "word ".repeat(1000));
        Files.writeString(dir.resolve("notes.docx"), "not an article format");
        Files.writeString(dir.resolve("empty.csv"), "");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "[core]");
        Path missing = dir.resolve("missing-folder");

        ImportReport report = importService.importPaths(List.of(dir, missing), ImportOptions.cli(null), ImportListener.NONE);

        assertThat(report.counts().imported()).isEqualTo(2);
        assertThat(dsl.select(ARTICLE.TITLE).from(ARTICLE).where(ARTICLE.IMPORT_BATCH_ID.eq(report.batchId()))
                .fetch(ARTICLE.TITLE))
                .containsExactlyInAnyOrder("A good headline", "Kept");
        assertThat(report.problems()).extracting(ImportProblem::toString).containsExactlyInAnyOrder(
                missing + ": no such file or folder",
                dir.resolve("big.txt") + ": file is 5,000 bytes, larger than the 2,000 bytes limit (--max-file-size)",
                dir.resolve("binary.txt") + ": binary file (NUL byte at offset 4), not text",
                dir.resolve("empty.csv") + ": empty file: no article text",
                dir.resolve("latin.txt") + ": invalid UTF-8 at byte offset 2, and its encoding could not be told: the best "
                        + "guess, Big5, has 10% confidence (30% needed) or does not decode cleanly",
                dir.resolve("mixed.jsonl") + ":2: invalid JSON: Unexpected character ('o' (code 111)): was expecting double-quote to start property name",
                dir.resolve("mixed.jsonl") + ":3: no article text: none of the fields text, body, content, article, article_text, full_text, "
                        + "fulltext, maintext, story, statement, description, document has a value (name another with "
                        + "--map text=FIELD)",
                dir.resolve("mixed.jsonl") + ":4: no article text left after removing boilerplate",
                dir.resolve("notes.docx") + ": unsupported file type (expected .csv, .json, .jsonl, .ndjson, .tab, .text, .tsv, .txt)");
        assertThat(dsl.fetchCount(IMPORT_PROBLEM, IMPORT_PROBLEM.BATCH_ID.eq(report.batchId()))).isEqualTo(9);
        assertThat(report.hasRejections()).isTrue();
    }

    @Test
    void windows1252FilesAreImportedWithTheirCurlyQuotes() throws Exception {
        byte[] text = "Cp1252 headline\n\nHe said \u201chelp\u201d on Friday.".getBytes("windows-1252");
        Files.write(dir.resolve("cp1252.txt"), text);
        ImportReport report = importService.importPaths(List.of(dir), ImportOptions.cli(null), ImportListener.NONE);
        assertThat(report.counts().problems()).isZero();
        assertThat(dsl.select(ARTICLE.CLEAN_TEXT).from(ARTICLE).where(ARTICLE.TITLE.eq("Cp1252 headline")).fetchOne(ARTICLE.CLEAN_TEXT))
                .isEqualTo("He said \u201chelp\u201d on Friday.");
    }

    @Test
    void csvJsonAndTextOfOneStoryLandInOneImport() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "title,body,outlet,published,lang\n"
                + "\"CSV title\",\"Line one.\nLine two.\",AFP,2020-10-31,en\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.json"), "[{\"title\": \"JSON title\", \"text\": \"Another body entirely.\", \"url\": \"https://e.org/x\"}]");
        ImportReport report = importService.importPaths(List.of(dir), ImportOptions.cli(null), ImportListener.NONE);
        assertThat(report.counts().imported()).isEqualTo(2);
        var csv = dsl.selectFrom(ARTICLE).where(ARTICLE.TITLE.eq("CSV title")).fetchSingle();
        assertThat(csv.getCleanText()).isEqualTo("Line one.\nLine two.");
        assertThat(csv.getOutlet()).isEqualTo("AFP");
        assertThat(csv.getPublishedOn()).hasToString("2020-10-31");
        assertThat(csv.getPublishedPrecision()).isEqualTo("DAY");
        assertThat(csv.getImportLine()).isEqualTo(2);
    }
}

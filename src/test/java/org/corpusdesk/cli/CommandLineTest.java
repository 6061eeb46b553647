package org.corpusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusdesk.support.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusdesk.support.Cli.Run;
import org.corpusdesk.support.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public command line, as a script would use it: output and exit codes. */
class CommandLineTest {

    @TempDir
    Path data;

    @Test
    void importThenQueryAsCsv() {
        Run imported = run("import", "--data", data.toString(), Seeds.folder().toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported 5 articles from 5 files: 0 skipped as duplicates, 0 rejected");

        Run count = run("sql", "--data", data.toString(), "--format", "csv", "SELECT count(*) FROM v_article");
        assertThat(count.exit()).isZero();
        assertThat(count.out()).isEqualTo("COUNT(*)\n5\n");

        Run again = run("import", "--data", data.toString(), Seeds.folder().toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("Imported 0 articles", "5 skipped as duplicates");

        Run json = run("sql", "--data", data.toString(), "--format", "json",
                "SELECT outlet, dateline FROM v_article WHERE outlet IS NOT NULL");
        assertThat(json.out()).contains("\"OUTLET\" : \"UPI\"", "\"DATELINE\" : \"Oct. 31\"");

        Run table = run("sql", "--data", data.toString(), "SELECT id, title FROM v_article WHERE id = 1");
        assertThat(table.out()).contains("ID | TITLE", "(1 row)");

        assertThat(Files.exists(data.resolve("credentials.properties"))).isTrue();
    }

    /** Ids come in blocks of 100; a small import takes one block, so ids stay close together. */
    @Test
    void smallImportsLeaveNoWideGapsInTheIds() throws Exception {
        assertThat(run("import", "--data", data.toString(), "--quiet", Seeds.folder().toString()).exit()).isZero();
        Path one = data.resolve("one.jsonl");
        Files.writeString(one, "{\"title\": \"One more\", \"text\": \"A short text of its own.\"}\n");
        assertThat(run("import", "--data", data.toString(), "--quiet", one.toString()).exit()).isZero();
        Run ids = run("sql", "--data", data.toString(), "--format", "csv", "SELECT max(id) FROM v_article");
        assertThat(ids.out()).isEqualTo("MAX(ID)\n101\n");
    }

    /** A brat folder's import is an import batch with its problems, as an article import is. */
    @Test
    void aBratImportIsRecordedWithItsProblems() throws Exception {
        Path brat = Files.createDirectories(data.resolve("brat"));
        Files.writeString(brat.resolve("doc.txt"), "The ministry said the talks would resume on Monday.\n");
        Files.writeString(brat.resolve("doc.ann"), "T1\tSOURCE 0 12\tThe ministry\nT2\tSOURCE 40 45\tnot there\n");
        Path db = data.resolve("db");
        Run r = run("import", "--data", db.toString(), brat.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT origin, status, articles_imported, problems_recorded FROM v_import_batch").out())
                .isEqualTo("ORIGIN,STATUS,ARTICLES_IMPORTED,PROBLEMS_RECORDED\nCLI,COMPLETED,1,1\n");
        assertThat(run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT line FROM v_import_problem").out()).isEqualTo("LINE\n2\n");
    }

    @Test
    void theLargestRowLimitIsAcceptedAndNoneIsRefused() {
        assertThat(run("import", "--data", data.toString(), "--quiet", Seeds.folder().toString()).exit()).isZero();
        Run all = run("sql", "--data", data.toString(), "--format", "csv", "--max-rows", "2147483647", "SELECT count(*) AS n FROM v_article");
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(all.out()).isEqualTo("N\n5\n");
        Run none = run("sql", "--data", data.toString(), "--max-rows", "0", "SELECT 1");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("max rows must be at least 1");
    }

    @Test
    void refusedQueriesExitWithTwoAndSayWhy() {
        Run r = run("sql", "--data", data.toString(), "DROP TABLE article");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: only queries are allowed");
    }

    @Test
    void rejectedInputExitsWithTwoAndPrintsOneLinePerProblem() throws Exception {
        Path in = data.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("ok.jsonl"), "{\"title\": \"T\", \"text\": \"Body.\"}\n{bad\n");
        Run r = run("import", "--data", data.resolve("db").toString(), "--quiet", in.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("rejected: " + in.resolve("ok.jsonl") + ":2: invalid JSON: Unexpected character ('b'");
        assertThat(r.out()).contains("Imported 1 article from 1 file", "1 rejected");
    }

    @Test
    void usageErrorsAndHelpNeedNoDatabase() {
        Run help = run("import", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--max-file-size", "--data");
        Run missing = run("import");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter");
        Run unknown = run("sql", "--data", data.toString(), "--frobnicate", "SELECT 1");
        assertThat(unknown.exit()).isEqualTo(2);
    }

    /** The annotated formats import reads are listed from the format beans, each with what an import of it is. */
    @Test
    void importListsTheAnnotatedFormatsItReads() {
        Run formats = run("import", "--data", data.toString(), "--list-formats");
        assertThat(formats.exit()).as(formats.err()).isZero();
        assertThat(formats.out().lines()).containsExactly("jsonl\tCorpus Desk export", "brat\tbrat folder",
                "doccano\tdoccano file", "label-studio\tLabel Studio export");
        assertThat(run("export", "--data", data.toString(), "--list-formats").out()).contains("label-studio\t");
    }
}

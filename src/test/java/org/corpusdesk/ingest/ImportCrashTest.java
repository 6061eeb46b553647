package org.corpusdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusdesk.benchmark.SyntheticCorpus;
import org.corpusdesk.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: an import in a child JVM is killed with SIGKILL mid-run, right after its first commit (the
 * import prints a progress line at its first commit); the database must open, the dead batch is marked
 * INTERRUPTED, and a re-run ends with exactly the articles a clean import stores.
 */
class ImportCrashTest {

    private static final Pattern PROGRESS = Pattern.compile("… ([\\d,]+) imported");

    @TempDir
    Path work;

    @Test
    void killedImportLeavesAWorkingDatabaseAndARerunCompletesWithoutDuplicates() throws Exception {
        Path corpus = work.resolve("corpus");
        new SyntheticCorpus(11, 3_000).write(corpus, 4_000);
        Path crashed = work.resolve("crashed");

        Process child = new ProcessBuilder(javaBinary(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                // small transactions: the first commit, whose progress line is the signal to kill, comes early
                "org.corpusdesk.Application", "import", "--data", crashed.toString(), "--corpusdesk.import.batch-size=200",
                corpus.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int importedBeforeKill = 0;
        List<String> seen = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                seen.add(line);
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && (importedBeforeKill = Integer.parseInt(m.group(1).replace(",", ""))) > 0) {
                    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(importedBeforeKill).as("the child printed progress before finishing: %s", seen).isPositive();
        assertThat(child.exitValue()).as("killed, not finished").isEqualTo(137);

        Cli.Run rerun = Cli.run("import", "--data", crashed.toString(), "--quiet", corpus.toString());
        assertThat(rerun.exit()).as(rerun.err()).isEqualTo(2); // the corpus holds three bad files on purpose

        Path clean = work.resolve("clean");
        Cli.Run reference = Cli.run("import", "--data", clean.toString(), "--quiet", corpus.toString());
        assertThat(reference.exit()).as(reference.err()).isEqualTo(2);

        String articles = "SELECT count(*) AS n, count(DISTINCT clean_text) AS distinct_texts FROM v_article";
        assertThat(csv(crashed, articles)).isEqualTo(csv(clean, articles));
        assertThat(csv(crashed, articles)).doesNotStartWith("N,DISTINCT_TEXTS\n0,");
        assertThat(csv(crashed, "SELECT status FROM v_import_batch ORDER BY id"))
                .isEqualTo("STATUS\nINTERRUPTED\nCOMPLETED\n");
        assertThat(csv(crashed, "SELECT count(*) FROM v_article WHERE id IN (SELECT id FROM v_article GROUP BY id HAVING count(*) > 1)"))
                .isEqualTo("COUNT(*)\n0\n");
    }

    private static String csv(Path data, String sql) {
        Cli.Run r = Cli.run("sql", "--data", data.toString(), "--format", "csv", sql);
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}

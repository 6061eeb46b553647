package org.corpusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusdesk.support.Cli.run;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusdesk.support.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import benchmark end to end on a small corpus: the figures are printed and add up. */
class ImportBenchmarkCommandTest {

    @TempDir
    Path work;

    @Test
    void printsTheWarmImportBothFloorsAndWhereTheCpuWent() {
        Run r = run("benchmark", "import", "--articles", "400", "--warm-up", "150", "--work-dir", work.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Import benchmark: 400 articles", "warm (after importing 150 other articles)",
                "plain JDBC batch", "same rows, schema",
                "µs per article (all threads): preparing", "JIT compilers", "writer: waiting for prepared articles");
        Matcher counts = Pattern.compile("imported ([\\d,]+), duplicates skipped ([\\d,]+), rejected (\\d+)")
                .matcher(r.out());
        assertThat(counts.find()).isTrue();
        // the measured import's own counts: every generated article is either stored or skipped as an exact
        // copy (none of the warm-up's, which has another seed); the three bad files and their lines are rejected
        assertThat(number(counts.group(1)) + number(counts.group(2))).isEqualTo(400);
        assertThat(number(counts.group(3))).isPositive();
        Matcher ratio = Pattern.compile("import takes ([\\d.]+)× the plain batch insert .*, ([\\d.]+)× the same rows")
                .matcher(r.out());
        assertThat(ratio.find()).as(r.out()).isTrue();
        assertThat(Double.parseDouble(ratio.group(1))).isGreaterThan(Double.parseDouble(ratio.group(2)));
    }

    private static int number(String s) {
        return Integer.parseInt(s.replace(",", ""));
    }
}

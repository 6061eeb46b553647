package org.corpusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusdesk.support.Cli.run;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusdesk.support.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up benchmark end to end, one round: every command runs in its own JVM (here from the test class
 * path) and succeeds, H2's Shell answers the same query as the read-only account, and the ratios are printed.
 */
class StartupBenchmarkCommandTest {

    @TempDir
    Path work;

    @Test
    void timesEveryCommandBesideH2sShell() {
        Run r = run("benchmark", "startup", "--rounds", "1", "--articles", "30", "--no-server", "--work-dir", work.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Start-up benchmark: 30 articles, 1 interleaved rounds", "org.corpusdesk.Application",
                "users list", "export --status all", "import (all duplicates)", "report --recount progress_by_status",
                "report progress_by_status").doesNotContain("server:");
        Matcher shell = Pattern.compile("H2 Shell \\(same query, same database\\) +([\\d.]+) s +1\\.00x").matcher(r.out());
        assertThat(shell.find()).as(r.out()).isTrue();
        Matcher sql = Pattern.compile("\\n  sql +([\\d.]+) s +([\\d.]+)x").matcher(r.out());
        assertThat(sql.find()).as(r.out()).isTrue();
        assertThat(Double.parseDouble(sql.group(2)))
                .isCloseTo(Double.parseDouble(sql.group(1)) / Double.parseDouble(shell.group(1)), org.assertj.core.data.Percentage.withPercentage(5));
    }
}

package org.corpusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusdesk.support.Cli.run;

import java.nio.file.Path;
import org.corpusdesk.support.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The brat benchmark end to end on a small corpus: every generated span and event is imported, figures printed. */
class BratBenchmarkCommandTest {

    @TempDir
    Path work;

    @Test
    void importsEveryGeneratedSpanAndEventAndPrintsTimeAndPeakHeap() {
        Run r = run("benchmark", "brat", "--articles", "12", "--spans", "30", "--work-dir", work.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("brat import benchmark: 12 articles, 360 spans, 120 events",
                "brat import : 12 articles, 360 spans, 120 attributions, 0 problems in", "spans/s, peak heap sampled");
    }
}

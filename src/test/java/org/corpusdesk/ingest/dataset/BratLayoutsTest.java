package org.corpusdesk.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusdesk.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * brat corpora as research projects ship them: texts in one folder, one .ann file per annotator named
 * NAME_ANNOTATOR.ann in a sibling folder, attributions as events; every annotator becomes a layer of its own.
 */
class BratLayoutsTest {

    @TempDir
    Path tmp;

    private static final String TEXT = "The Daily Example reports that the mayor 🙂 will resign, aides said on Friday.";

    @Test
    void annotatorFilesInASiblingFolderBecomeOneLayerEachWithTheirEvents() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("text"));
        Files.createDirectories(corpus.resolve("attributions"));
        Files.writeString(corpus.resolve("text/story-one.txt"), TEXT);
        Files.writeString(corpus.resolve("attributions/story-one_a1b2.ann"), String.join("\n",
                "T1\tSource 0 17\tThe Daily Example",
                "T2\tCue 18 25\treports",
                "T3\tContent 26 54\tthat the mayor 🙂 will resign",
                "T4\tAttribution 18 25\treports",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1") + "\n");
        Files.writeString(corpus.resolve("attributions/story-one_c3d4.ann"), String.join("\n",
                "T1\tSource 56 61\taides",
                "T2\tCue 62 66\tsaid",
                "T3\tContent 35 54\tmayor 🙂 will resign",
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1") + "\n");
        Files.writeString(corpus.resolve("attributions/orphan_e5f6.ann"), "T1\tSource 0 3\tThe\n");

        Path db = tmp.resolve("db");
        Cli.Run run = Cli.run("import", "--data", db.toString(), corpus.toString());
        assertThat(run.err()).contains("orphan_e5f6.ann: no orphan_e5f6.txt beside it or in a sibling folder, nor "
                + "orphan.txt for an annotator's file");
        assertThat(run.out()).contains("1 new articles", "7 spans", "2 relations");

        assertThat(Cli.run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT annotator, COUNT(*) FROM v_annotation GROUP BY annotator ORDER BY annotator").out())
                .contains("a1b2,4", "c3d4,3");
        assertThat(Cli.run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT claim_text, source_text, cue_text FROM v_attribution ORDER BY source_text").out())
                .contains("mayor 🙂 will resign,aides,said", "that the mayor 🙂 will resign,The Daily Example,reports");
    }
}

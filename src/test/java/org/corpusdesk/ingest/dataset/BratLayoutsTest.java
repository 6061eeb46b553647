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
        assertThat(run.err()).as("a progress line after the first file").contains("… 1 of 3 files, ");

        assertThat(Cli.run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT annotator, COUNT(*) FROM v_annotation GROUP BY annotator ORDER BY annotator").out())
                .contains("a1b2,4", "c3d4,3");
        assertThat(Cli.run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT claim_text, source_text, cue_text FROM v_attribution ORDER BY source_text").out())
                .contains("mayor 🙂 will resign,aides,said", "that the mayor 🙂 will resign,The Daily Example,reports");
    }

    /**
     * Annotations made on the raw text of an article that was imported and cleaned before land on the same words of
     * its clean text, or are reported when cleaning removed their words: never on other words, never a second copy.
     */
    @Test
    void spansOnTheRawTextOfACleanedArticleAreMovedOntoItsCleanText() throws Exception {
        String raw = "Mayor quits after long row\n\nThe Daily Example &amp; partners report that the 🙂 mayor quit. "
                + "Featured image via Sam Sample/Getty Images\nAides said he was tired.\n";
        Path plain = tmp.resolve("plain");
        Files.createDirectories(plain);
        Files.writeString(plain.resolve("story.txt"), raw);
        Path db = tmp.resolve("db2");
        assertThat(Cli.run("import", "--data", db.toString(), plain.toString()).out()).contains("Imported 1 article");

        Path brat = tmp.resolve("brat");
        Files.createDirectories(brat);
        Files.writeString(brat.resolve("story.txt"), raw);
        int aides = raw.codePointCount(0, raw.indexOf("Aides"));
        int mayor = raw.codePointCount(0, raw.indexOf("the 🙂 mayor"));
        int credit = raw.codePointCount(0, raw.indexOf("Sam Sample"));
        Files.writeString(brat.resolve("story.ann"), String.join("\n",
                "T1\tSource " + aides + " " + (aides + 5) + "\tAides",
                "T2\tContent " + mayor + " " + (mayor + 11) + "\tthe 🙂 mayor",
                "T3\tSource 0 5\tMayor",
                "T4\tSource " + credit + " " + (credit + 10) + "\tSam Sample") + "\n");
        Cli.Run run = Cli.run("import", "--data", db.toString(), brat.toString());
        assertThat(run.out()).contains("0 new articles", "1 matched existing articles", "2 spans");
        assertThat(run.err()).contains("story.ann:3: T3: 'Mayor' is not in the stored article's text",
                "story.ann:4: T4: 'Sam Sample' is not in the stored article's text");
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var rows = json.readTree(Cli.run("sql", "--data", db.toString(), "--format", "json", "SELECT a.text AS t, "
                + "a.start_cp AS s, a.end_cp AS e, r.clean_text AS c FROM v_annotation a JOIN v_article r "
                + "ON r.id = a.article_id ORDER BY a.start_cp").out());
        assertThat(rows.size()).isEqualTo(2);
        for (var row : rows) {
            assertThat(org.corpusdesk.annotation.Spans.slice(row.get("C").asString(), row.get("S").asInt(),
                    row.get("E").asInt())).as("the stored offsets cover the span's words").isEqualTo(row.get("T").asString());
        }
        assertThat(rows.get(0).get("T").asString()).isEqualTo("the 🙂 mayor");
        assertThat(rows.get(1).get("T").asString()).isEqualTo("Aides");
        assertThat(Cli.run("sql", "--data", db.toString(), "SELECT COUNT(*) FROM v_article").out()).contains("1");
    }

    /** A discontinuous span keeps its fragments: stored, shown in the views, exported to brat and JSON Lines. */
    @Test
    void discontinuousSpansKeepTheirFragmentsThroughImportAndExport() throws Exception {
        Path brat = tmp.resolve("frag");
        Files.createDirectories(brat);
        Files.writeString(brat.resolve("f.txt"), TEXT);
        Files.writeString(brat.resolve("f.ann"), String.join("\n",
                "T1\tSource 0 9;10 17\tThe Daily Example",
                "T2\tContent 26 30;35 54\tthat mayor 🙂 will resign") + "\n");
        Path db = tmp.resolve("db3");
        assertThat(Cli.run("import", "--data", db.toString(), brat.toString()).out()).contains("2 spans");
        assertThat(Cli.run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT label, start_cp, end_cp, fragments FROM v_annotation ORDER BY start_cp").out())
                .contains("Source,0,17,0 9;10 17", "Content,26,54,26 30;35 54");

        Path out = tmp.resolve("out");
        assertThat(Cli.run("export", "--data", db.toString(), "--status", "all", "--format", "brat", "--out",
                out.toString()).exit()).isZero();
        String ann;
        try (var files = Files.walk(out)) {
            ann = Files.readString(files.filter(p -> p.toString().endsWith(".ann")).findFirst().orElseThrow());
        }
        assertThat(ann.lines().filter(l -> l.startsWith("T")).map(l -> l.substring(l.indexOf('\t') + 1)))
                .containsExactlyInAnyOrder("Source 0 9;10 17\tThe Daily Example", "Content 26 30;35 54\tthat mayor 🙂 will resign");

        Path jsonl = tmp.resolve("jsonl");
        assertThat(Cli.run("export", "--data", db.toString(), "--status", "all", "--out", jsonl.toString()).exit()).isZero();
        String lines;
        try (var files = Files.walk(jsonl)) {
            lines = files.filter(p -> p.toString().endsWith(".jsonl")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(java.util.stream.Collectors.joining());
        }
        assertThat(lines).contains("\"fragments\":[[0,9],[10,17]]", "\"fragments\":[[26,30],[35,54]]");

        // one data file of the export on its own brings its articles and spans, fragments included
        Path dataFile;
        try (var files = Files.walk(jsonl)) {
            dataFile = files.filter(p -> p.toString().endsWith(".jsonl")).filter(p -> {
                try {
                    return Files.size(p) > 0;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).findFirst().orElseThrow();
        }
        Path db4 = tmp.resolve("db4");
        Cli.Run again = Cli.run("import", "--data", db4.toString(), dataFile.toString());
        assertThat(again.out()).as(again.err()).contains("1 new articles", "2 spans");
        assertThat(Cli.run("sql", "--data", db4.toString(), "--format", "csv",
                "SELECT label, fragments FROM v_annotation ORDER BY start_cp").out())
                .contains("Source,0 9;10 17", "Content,26 30;35 54");
    }

    /**
     * brat in → brat out gives the same T, E, R and A lines up to ids: two annotators' files, events with and without
     * a source and with two claims, Attribution and Cue relations, binary and valued attributes, a discontinuous span.
     */
    @Test
    void bratInGivesTheSameLinesOutUpToIds() throws Exception {
        Path corpus = tmp.resolve("rt");
        Files.createDirectories(corpus.resolve("text"));
        Files.createDirectories(corpus.resolve("ann"));
        Files.writeString(corpus.resolve("text/story.txt"), TEXT);
        Files.writeString(corpus.resolve("ann/story_ana.ann"), String.join("\n",
                "T1\tSource 0 17\tThe Daily Example",
                "T2\tCue 18 25\treports",
                "T3\tContent 26 54\tthat the mayor 🙂 will resign",
                "T4\tAttribution 18 25\treports",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tContent 35 40;43 54\tmayor will resign",
                "T6\tAttribution-no-source 62 66\tsaid",
                "E2\tAttribution-no-source:T6 Content:T5",
                "A1\tNegated T3",
                "A2\tConfidence T1 High",
                "#1\tAnnotatorNotes T3\tchecked twice") + "\n");
        Files.writeString(corpus.resolve("ann/story_ben.ann"), String.join("\n",
                "T1\tSource 56 61\taides",
                "T2\tCue 62 66\tsaid",
                "T3\tContent 26 54\tthat the mayor 🙂 will resign",
                "T4\tContent 35 54\tmayor 🙂 will resign",
                "T5\tAttribution 62 66\tsaid",
                "E1\tAttribution:T5 Content:T3 Content2:T4 Cue:T2 Source:T1",
                "T6\tContent 67 76\ton Friday",
                "R1\tAttribution Arg1:T6 Arg2:T1",
                "R2\tCue Arg1:T6 Arg2:T2") + "\n");
        Path db = tmp.resolve("rt-db");
        Cli.Run run = Cli.run("import", "--data", db.toString(), corpus.toString());
        assertThat(run.out()).as(run.err()).contains("12 spans", "5 relations", "0 problems");
        Path out = tmp.resolve("rt-out");
        assertThat(Cli.run("export", "--data", db.toString(), "--status", "all", "--format", "brat", "--out",
                out.toString()).exit()).isZero();
        assertThat(org.corpusdesk.support.BratLines.of(out)).isEqualTo(org.corpusdesk.support.BratLines.of(corpus));
        assertThat(Cli.run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT COUNT(*) FROM v_attribution WHERE source_annotation_id IS NULL").out()).contains("1");
    }
}

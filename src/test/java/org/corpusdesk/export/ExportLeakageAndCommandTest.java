package org.corpusdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusdesk.support.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export command on a real data folder: near-duplicate copies of a story never straddle splits, the split
 * files match the manifest, and bad requests are refused with exit code 2 and a message.
 */
class ExportLeakageAndCommandTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir static Path tmp;
    static Path data;

    @BeforeAll
    static void corpus() throws Exception {
        data = tmp.resolve("data");
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        StringBuilder lines = new StringBuilder();
        for (int story = 0; story < 40; story++) {
            String body = storyText(new java.util.Random(story));
            for (int copy = 0; copy < 1 + story % 3; copy++) {
                lines.append(JSON.writeValueAsString(Map.of("title", "Story " + story + " copy " + copy,
                        "outlet", "Outlet " + copy, "text", body + (copy > 0 ? " Reported by outlet " + copy + "." : ""))))
                        .append('\n');
            }
        }
        Files.writeString(in.resolve("stories.jsonl"), lines);
        assertThat(Cli.run("import", "--data", data.toString(), "-q", in.toString()).exit()).isZero();
        assertThat(Cli.run("sql", "--data", data.toString(), "SELECT COUNT(DISTINCT story_cluster) FROM v_article")
                .out()).contains("40");
    }

    static final String[] WORDS = ("ministry army border village talks ceasefire shelling drone tank convoy river bridge "
            + "mayor refugees school hospital winter harvest election court minister envoy treaty market railway "
            + "airport mountain valley church museum factory pipeline battalion general president spokesman reporter "
            + "witness lawyer farmer teacher student doctor nurse soldier officer volunteer").split(" ");

    /** Forty words drawn by the seed: distinct stories share few word shingles. */
    static String storyText(java.util.Random random) {
        StringBuilder s = new StringBuilder("The");
        for (int i = 0; i < 40; i++) {
            s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.append('.').toString();
    }

    @Test
    void storiesNeverStraddleSplitsAndTheManifestCountsEveryFile() throws Exception {
        Path out = tmp.resolve("split");
        Cli.Run r = Cli.run("export", "--data", data.toString(), "--status", "all", "--split", "60/20/20",
                "--seed", "9", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        long articles = Long.parseLong(Cli.run("sql", "--data", data.toString(), "--format", "csv",
                "SELECT COUNT(*) AS n FROM v_article").out().lines().toList().get(1).strip());
        assertThat(articles).as("a few copies are near-identical enough to be skipped as duplicates").isBetween(70L, 80L);
        assertThat(r.out()).contains("Exported " + articles + " articles");
        Map<Long, String> splitOfStory = new HashMap<>();
        int rows = 0;
        for (String split : List.of("train", "validation", "test")) {
            for (String line : Files.readAllLines(out.resolve(split + ".jsonl"))) {
                JsonNode a = JSON.readTree(line);
                rows++;
                assertThat(a.get("split").asString()).isEqualTo(split);
                String before = splitOfStory.putIfAbsent(a.get("story_cluster").asLong(), split);
                assertThat(before == null ? split : before).as("story %s", a.get("story_cluster")).isEqualTo(split);
            }
        }
        assertThat(rows).isEqualTo(articles);
        assertThat(splitOfStory.values()).contains("train", "validation", "test");
        assertThat(ExportManifest.verify(out)).isEmpty();
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("parameters").get("split").asString()).isEqualTo("60/20/20");
        assertThat(manifest.get("counts").get("articles").asLong()).isEqualTo(articles);
        assertThat(Cli.run("sql", "--data", data.toString(), "SELECT format, status, article_count FROM v_dataset_export")
                .out()).contains("jsonl", "COMPLETED", String.valueOf(articles));
    }

    @Test
    void badRequestsAreRefusedWithAMessage() throws Exception {
        Cli.Run format = Cli.run("export", "--data", data.toString(), "--format", "xml", "--out", tmp.resolve("x").toString());
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'xml'", "parquet");
        Cli.Run split = Cli.run("export", "--data", data.toString(), "--split", "80-20", "--out", tmp.resolve("y").toString());
        assertThat(split.exit()).isEqualTo(2);
        assertThat(split.err()).contains("80/10/10");
        Cli.Run both = Cli.run("export", "--data", data.toString(), "--gold", "--annotator", "ed", "--out", tmp.resolve("z").toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        Cli.Run blank = Cli.run("export", "--data", data.toString(), "--annotator", " ", "--out", tmp.resolve("w").toString());
        assertThat(blank.exit()).isEqualTo(2);
        assertThat(blank.err()).contains("annotator: give the user name");
    }
}

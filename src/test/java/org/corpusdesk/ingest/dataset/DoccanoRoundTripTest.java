package org.corpusdesk.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.corpusdesk.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** doccano JSON Lines in and out: code-point offsets with astral characters, overlapping spans, relations. */
class DoccanoRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void doccanoFilesImportAndExportAgainWithTheSameSpansAndRelations() throws Exception {
        String text = "🙂 The Example Ministry said 🙂 forty tanks were hit, a spokesman told reporters.";
        int ministry = text.codePointCount(0, text.indexOf("The Example Ministry"));
        int said = text.codePointCount(0, text.indexOf("said"));
        int tanks = text.codePointCount(0, text.indexOf("forty"));
        int spokesman = text.codePointCount(0, text.indexOf("a spokesman"));
        Path in = tmp.resolve("project.jsonl");
        Files.writeString(in, JSON.writeValueAsString(JSON.createObjectNode()
                .put("id", 7).put("text", text).put("user", "reviewer1")
                .set("entities", JSON.readTree("""
                        [{"id": 1, "label": "Source", "start_offset": %d, "end_offset": %d},
                         {"id": 2, "label": "Cue", "start_offset": %d, "end_offset": %d},
                         {"id": 3, "label": "Claim", "start_offset": %d, "end_offset": %d},
                         {"id": 4, "label": "Source", "start_offset": %d, "end_offset": %d},
                         {"id": 5, "label": "Source", "start_offset": %d, "end_offset": %d}]""".formatted(
                        ministry, ministry + 20, said, said + 4, tanks, tanks + 20, spokesman, spokesman + 11,
                        spokesman + 2, spokesman + 11)))) + "\n"
                + "{\"text\": \"Second text 🙂 with a label pair.\", \"label\": [[14, 20, \"Claim\"]], "
                + "\"relations\": []}\n");
        // the relations of the first record, added as doccano writes them
        String first = Files.readAllLines(in).get(0);
        String withRelations = first.substring(0, first.length() - 1) + ",\"relations\":[{\"id\":1,\"from_id\":3,"
                + "\"to_id\":1,\"type\":\"Attribution\"},{\"id\":2,\"from_id\":3,\"to_id\":2,\"type\":\"Cue\"}]}";
        Files.writeString(in, withRelations + "\n" + Files.readAllLines(in).get(1) + "\n");

        Path db = tmp.resolve("db");
        Cli.Run run = Cli.run("import", "--data", db.toString(), in.toString());
        assertThat(run.out()).as(run.err()).contains("Imported doccano file", "2 new articles", "6 spans", "1 relations");
        assertThat(Cli.run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT annotator, label, text FROM v_annotation ORDER BY start_cp, end_cp").out())
                .contains("reviewer1,Source,The Example Ministry", "reviewer1,Claim,forty tanks were hit",
                        "reviewer1,Source,a spokesman", "reviewer1,Source,spokesman", "doccano,Claim,with a");
        assertThat(Cli.run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT claim_text, source_text, cue_text FROM v_attribution").out())
                .contains("forty tanks were hit,The Example Ministry,said");

        Path out = tmp.resolve("out");
        assertThat(Cli.run("export", "--data", db.toString(), "--status", "all", "--format", "doccano", "--out",
                out.toString()).exit()).isZero();
        List<JsonNode> exported = new java.util.ArrayList<>();
        try (var files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    exported.add(JSON.readTree(line));
                }
            }
        }
        JsonNode back = exported.stream().filter(r -> r.get("text").asString().equals(text)).findFirst().orElseThrow();
        assertThat(entities(back)).isEqualTo(entities(JSON.readTree(withRelations)));
        assertThat(back.get("relations")).hasSize(2);

        // and the export imports into an empty database with the same spans
        Path fresh = tmp.resolve("fresh");
        Path file;
        try (var files = Files.walk(out)) {
            file = files.filter(p -> p.toString().endsWith(".jsonl")).filter(p -> p.toFile().length() > 0)
                    .findFirst().orElseThrow();
        }
        assertThat(Cli.run("import", "--data", fresh.toString(), file.toString()).out()).contains("6 spans", "1 relations");
    }

    /** Spans on the raw text of an article imported and cleaned before land on its clean text, or are reported. */
    @Test
    void entitiesOnTheRawTextOfACleanedArticleAreMovedOntoItsCleanText() throws Exception {
        String raw = "Mayor quits after row\n\nThe 🙂 mayor quit on Friday, aides said.\n";
        Path plain = tmp.resolve("plain");
        Files.createDirectories(plain);
        Files.writeString(plain.resolve("story.txt"), raw);
        Path db = tmp.resolve("cleaned-db");
        assertThat(Cli.run("import", "--data", db.toString(), plain.toString()).out()).contains("Imported 1 article");
        int mayor = raw.codePointCount(0, raw.indexOf("The 🙂 mayor"));
        Path file = tmp.resolve("raw.jsonl");
        Files.writeString(file, "{\"text\": " + JSON.writeValueAsString(raw) + ", \"label\": [[" + mayor + ", "
                + (mayor + 11) + ", \"Source\"], [0, 5, \"Source\"]]}\n");
        Cli.Run run = Cli.run("import", "--data", db.toString(), file.toString());
        assertThat(run.out()).contains("0 new articles", "1 spans");
        assertThat(run.err()).contains("entity label1 ('Mayor') is not in the stored article's text at its place");
        var rows = JSON.readTree(Cli.run("sql", "--data", db.toString(), "--format", "json", "SELECT a.text AS t, "
                + "a.start_cp AS s, a.end_cp AS e, r.clean_text AS c FROM v_annotation a JOIN v_article r "
                + "ON r.id = a.article_id").out());
        assertThat(rows).hasSize(1);
        assertThat(org.corpusdesk.annotation.Spans.slice(rows.get(0).get("C").asString(), rows.get(0).get("S").asInt(),
                rows.get(0).get("E").asInt())).isEqualTo("The 🙂 mayor").isEqualTo(rows.get(0).get("T").asString());
    }

    /** label, start and end of every entity, in order. */
    private static TreeSet<String> entities(JsonNode record) {
        TreeSet<String> out = new TreeSet<>();
        record.get("entities").forEach(e -> out.add(e.get("label").asString() + " " + e.get("start_offset").asInt() + " "
                + e.get("end_offset").asInt()));
        return out;
    }
}

package org.corpusdesk.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusdesk.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Label Studio's JSON export: UTF-16 offsets turned into code points exactly, one layer per annotator, relations. */
class LabelStudioImportTest {

    @TempDir
    Path tmp;

    @Test
    void regionsLandOnTheirWordsDespiteAstralCharactersAndEachAnnotatorIsALayer() throws Exception {
        String text = "🙂🙂 The Example Ministry said 🙂 forty tanks were hit.";
        int ministry = text.indexOf("The Example Ministry");
        int said = text.indexOf("said");
        int tanks = text.indexOf("forty");
        Path file = tmp.resolve("export.json");
        Files.writeString(file, """
                [{"id": 11, "data": {"text": "%s"}, "annotations": [
                  {"id": 1, "completed_by": 3, "result": [
                    {"id": "a", "type": "labels", "from_name": "label", "to_name": "text",
                     "value": {"start": %d, "end": %d, "text": "The Example Ministry", "labels": ["Source"]}},
                    {"id": "b", "type": "labels", "value": {"start": %d, "end": %d, "text": "said", "labels": ["Cue"]}},
                    {"id": "c", "type": "labels",
                     "value": {"start": %d, "end": %d, "text": "forty tanks were hit", "labels": ["Claim"]}},
                    {"type": "relation", "from_id": "c", "to_id": "a", "direction": "right", "labels": ["Attribution"]},
                    {"type": "relation", "from_id": "c", "to_id": "b", "direction": "right", "labels": ["Cue"]}]},
                  {"id": 2, "completed_by": {"id": 4, "email": "second@example.org"}, "result": [
                    {"id": "x", "type": "labels", "value": {"start": %d, "end": %d, "labels": ["Claim"]}},
                    {"id": "y", "type": "labels", "value": {"start": 0, "end": 3, "text": "wrong", "labels": ["Source"]}}]}
                ]}]
                """.formatted(text, ministry, ministry + 20, said, said + 4, tanks, tanks + 20, tanks, tanks + 11));
        Path db = tmp.resolve("db");
        Cli.Run run = Cli.run("import", "--data", db.toString(), file.toString());
        assertThat(run.out()).as(run.err()).contains("Imported Label Studio export", "1 new articles", "4 spans",
                "1 relations");
        // a region that splits a surrogate pair is read to whole code points, and its text checked
        assertThat(run.err()).contains("task 11: region y reads '🙂🙂' in the text, not 'wrong'");
        assertThat(Cli.run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT annotator, label, start_cp, end_cp, text FROM v_annotation ORDER BY annotator, start_cp").out())
                .contains("label-studio-3,Source,3,23,The Example Ministry", "label-studio-3,Cue,24,28,said",
                        "label-studio-3,Claim,31,51,forty tanks were hit", "second@example.org,Claim,31,42,forty tanks");
        assertThat(Cli.run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT claim_text, source_text, cue_text FROM v_attribution").out())
                .contains("forty tanks were hit,The Example Ministry,said");
    }

    /** Our Label Studio export imports into an empty database with the same spans, layers and attributions. */
    @Test
    void itsExportComesBackWithTheSameSpansLayersAndRelations() throws Exception {
        String text = "🙂 Aides said 🙂 the mayor will resign; officials denied it.";
        int aides = text.indexOf("Aides");
        int said = text.indexOf("said");
        int mayor = text.indexOf("the mayor");
        Path file = tmp.resolve("in.json");
        Files.writeString(file, """
                [{"id": 1, "data": {"text": "%s", "title": "Mayor"}, "annotations": [
                  {"completed_by": {"email": "ana"}, "result": [
                    {"id": "s", "type": "labels", "value": {"start": %d, "end": %d, "labels": ["Source"]}},
                    {"id": "q", "type": "labels", "value": {"start": %d, "end": %d, "labels": ["Cue"]}},
                    {"id": "c", "type": "labels", "value": {"start": %d, "end": %d, "labels": ["Claim"]}},
                    {"type": "relation", "from_id": "c", "to_id": "s", "labels": ["Attribution"]},
                    {"type": "relation", "from_id": "c", "to_id": "q", "labels": ["Cue"]}]},
                  {"completed_by": {"email": "ben"}, "result": [
                    {"id": "c", "type": "labels", "value": {"start": %d, "end": %d, "labels": ["Claim"]}}]}]}]
                """.formatted(text, aides, aides + 5, said, said + 4, mayor, mayor + 21, mayor + 4, mayor + 9));
        Path first = tmp.resolve("first");
        assertThat(Cli.run("import", "--data", first.toString(), file.toString()).out()).contains("4 spans", "1 relations");
        Path out = tmp.resolve("out");
        assertThat(Cli.run("export", "--data", first.toString(), "--status", "all", "--format", "label-studio", "--out",
                out.toString()).exit()).isZero();
        String exported = Files.readString(out.resolve("data.json"));
        // UTF-16 offsets again: the astral smileys count two units each, as in JavaScript
        assertThat(exported).contains("\"start\":" + aides + ",\"end\":" + (aides + 5), "\"email\":\"ben\"");

        Path second = tmp.resolve("second");
        Cli.Run again = Cli.run("import", "--data", second.toString(), out.resolve("data.json").toString());
        assertThat(again.out()).as(again.err()).contains("Imported Label Studio export", "4 spans", "1 relations",
                "0 problems");
        String query = "SELECT annotator, label, start_cp, end_cp, text FROM v_annotation ORDER BY annotator, start_cp";
        assertThat(Cli.run("sql", "--data", second.toString(), "--format", "csv", query).out())
                .isEqualTo(Cli.run("sql", "--data", first.toString(), "--format", "csv", query).out())
                .contains("ben,Claim,");
        assertThat(Cli.run("sql", "--data", second.toString(), "--format", "csv",
                "SELECT claim_text, source_text, cue_text FROM v_attribution").out())
                .contains("the mayor will resign,Aides,said");
    }
}

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
}

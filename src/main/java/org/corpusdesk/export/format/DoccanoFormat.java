package org.corpusdesk.export.format;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.corpusdesk.export.DataFiles;
import org.corpusdesk.export.DatasetFormat;
import org.corpusdesk.export.DatasetRelation;
import org.corpusdesk.export.DatasetSource;
import org.corpusdesk.export.DatasetSpan;
import org.corpusdesk.ingest.dataset.DoccanoImportService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * doccano's relation-extraction JSON Lines: per article {@code id}, {@code text}, {@code entities} ({id, label,
 * start_offset, end_offset}, code points) and {@code relations} ({id, from_id, to_id, type}: Attribution from a
 * claim to its source, Cue from a claim to its cue). doccano imports it; so does our own {@code import}.
 */
@Component
@Order(7)
public class DoccanoFormat implements DatasetFormat {

    private final ObjectProvider<DoccanoImportService> reader;

    public DoccanoFormat(ObjectProvider<DoccanoImportService> reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return "doccano";
    }

    @Override
    public String description() {
        return "doccano JSONL (entities with code-point offsets, relations Attribution and Cue), one file per split";
    }

    @Override
    public String howToLoad() {
        return """
                # doccano: create a "Sequence labeling" project with relations, import SPLIT.jsonl as JSONL. In Python:
                import json
                for line in open("EXPORT_DIR/train.jsonl", encoding="utf-8"):
                    r = json.loads(line)
                    spans = [(e["label"], r["text"][e["start_offset"]:e["end_offset"]]) for e in r["entities"]]""";
    }

    @Override
    public java.util.Optional<Reading> reading() {
        return java.util.Optional.of(new Reading("doccano file", DoccanoImportService::isDoccanoFile, (path, progress) -> reader.getObject().importFile(path)));
    }

    @Override
    public void write(DatasetSource data, DataFiles files) throws IOException {
        Map<String, JsonlFormat.Lines> bySplit = new HashMap<>();
        for (String split : data.fileSplits()) {
            bySplit.put(split, new JsonlFormat.Lines(files.create(split + ".jsonl")));
        }
        data.articles(a -> {
            JsonlFormat.Lines out = bySplit.get(DatasetSource.fileSplit(a));
            JsonGenerator g = out.json;
            g.writeStartObject();
            g.writeNumberProperty("id", a.id());
            g.writeStringProperty("text", a.text());
            g.writeName("entities");
            g.writeStartArray();
            for (DatasetSpan s : a.spans()) {
                g.writeStartObject();
                g.writeNumberProperty("id", s.id());
                g.writeStringProperty("label", s.label());
                g.writeNumberProperty("start_offset", s.start());
                g.writeNumberProperty("end_offset", s.end());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("relations");
            g.writeStartArray();
            int id = 0;
            for (DatasetRelation r : a.relations()) {
                if (r.source() != null) {
                    relation(g, ++id, r.claim(), r.source(), "Attribution");
                }
                if (r.cue() != null) {
                    relation(g, ++id, r.claim(), r.cue(), "Cue");
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            out.end();
        });
        for (JsonlFormat.Lines l : bySplit.values()) {
            l.close();
        }
    }

    private static void relation(JsonGenerator g, int id, long from, long to, String type) {
        g.writeStartObject();
        g.writeNumberProperty("id", id);
        g.writeNumberProperty("from_id", from);
        g.writeNumberProperty("to_id", to);
        g.writeStringProperty("type", type);
        g.writeEndObject();
    }
}

package org.corpusdesk.export.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusdesk.export.DataFiles;
import org.corpusdesk.export.DatasetArticle;
import org.corpusdesk.export.DatasetFormat;
import org.corpusdesk.export.DatasetJson;
import org.corpusdesk.export.DatasetRelation;
import org.corpusdesk.export.DatasetSource;
import org.corpusdesk.export.DatasetSpan;
import org.corpusdesk.ingest.dataset.LabelStudioImportService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/**
 * Label Studio's JSON export: per split a JSON array of tasks ({@code data.text}, {@code data.title}), with one
 * annotation per annotator ({@code completed_by.email}) whose {@code result} holds {@code labels} regions (offsets
 * in JavaScript UTF-16 units, as Label Studio counts) and {@code relation}s (Attribution: claim → source, Cue: claim →
 * cue). Label Studio imports it as predictions-free tasks with annotations; so does our own {@code import}.
 */
@Component
@Order(8)
public class LabelStudioFormat implements DatasetFormat {

    private final ObjectProvider<LabelStudioImportService> reader;

    public LabelStudioFormat(ObjectProvider<LabelStudioImportService> reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return "label-studio";
    }

    @Override
    public String description() {
        return "Label Studio JSON tasks, one annotation per annotator (UTF-16 offsets, Attribution and Cue relations)";
    }

    @Override
    public String howToLoad() {
        return """
                # Label Studio: a project with <Labels name="label" toName="text"> and <Relations>, then Import SPLIT.json.
                import json
                for task in json.load(open("EXPORT_DIR/train.json", encoding="utf-8")):
                    text = task["data"]["text"]
                    for r in task["annotations"][0]["result"]:
                        if r["type"] == "labels":  # UTF-16 offsets: equal to Python's for text without emoji
                            print(r["value"]["labels"][0], r["value"]["text"])""";
    }

    @Override
    public java.util.Optional<Reading> reading() {
        return java.util.Optional.of(new Reading("Label Studio export", LabelStudioImportService::isLabelStudioFile, (path, progress) -> reader.getObject().importFile(path)));
    }

    @Override
    public void write(DatasetSource data, DataFiles files) throws IOException {
        Map<String, Tasks> bySplit = new HashMap<>();
        for (String split : data.fileSplits()) {
            bySplit.put(split, new Tasks(files.create(split + ".json")));
        }
        data.articles(a -> bySplit.get(DatasetSource.fileSplit(a)).task(a));
        for (Tasks t : bySplit.values()) {
            t.close();
        }
    }

    /** One split's array of tasks, streamed. */
    private static final class Tasks implements AutoCloseable {
        private final DataFiles.DataFile file;
        private final JsonGenerator g;

        Tasks(DataFiles.DataFile file) {
            this.file = file;
            this.g = DatasetJson.generator(file.stream());
            g.writeStartArray();
        }

        void task(DatasetArticle a) {
            g.writeStartObject();
            g.writeNumberProperty("id", a.id());
            g.writeName("data");
            g.writeStartObject();
            g.writeStringProperty("text", a.text());
            g.writeStringProperty("title", a.title());
            g.writeEndObject();
            g.writeName("annotations");
            g.writeStartArray();
            Map<String, List<DatasetSpan>> layers = new LinkedHashMap<>();
            a.spans().forEach(s -> layers.computeIfAbsent(s.annotator(), k -> new ArrayList<>()).add(s));
            for (Map.Entry<String, List<DatasetSpan>> layer : layers.entrySet()) {
                annotation(a, layer.getKey(), layer.getValue());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            file.row();
        }

        private void annotation(DatasetArticle a, String annotator, List<DatasetSpan> spans) {
            g.writeStartObject();
            g.writeName("completed_by");
            g.writeStartObject();
            g.writeStringProperty("email", annotator);
            g.writeEndObject();
            g.writeName("result");
            g.writeStartArray();
            java.util.Set<Long> mine = new java.util.HashSet<>();
            for (DatasetSpan s : spans) {
                mine.add(s.id());
                g.writeStartObject();
                g.writeStringProperty("id", "s" + s.id());
                g.writeStringProperty("from_name", "label");
                g.writeStringProperty("to_name", "text");
                g.writeStringProperty("type", "labels");
                g.writeName("value");
                g.writeStartObject();
                // code points to UTF-16 units: Label Studio indexes text as JavaScript does
                g.writeNumberProperty("start", a.text().offsetByCodePoints(0, s.start()));
                g.writeNumberProperty("end", a.text().offsetByCodePoints(0, s.end()));
                g.writeStringProperty("text", s.text());
                g.writeName("labels");
                g.writeStartArray();
                g.writeString(s.label());
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            for (DatasetRelation r : a.relations()) {
                if (!mine.contains(r.claim())) {
                    continue;
                }
                if (r.source() != null) {
                    relation(r.claim(), r.source(), "Attribution");
                }
                if (r.cue() != null) {
                    relation(r.claim(), r.cue(), "Cue");
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void relation(long from, long to, String type) {
            g.writeStartObject();
            g.writeStringProperty("from_id", "s" + from);
            g.writeStringProperty("to_id", "s" + to);
            g.writeStringProperty("type", "relation");
            g.writeStringProperty("direction", "right");
            g.writeName("labels");
            g.writeStartArray();
            g.writeString(type);
            g.writeEndArray();
            g.writeEndObject();
        }

        @Override
        public void close() throws IOException {
            g.writeEndArray();
            g.writeRaw('\n');
            g.close();
            file.close();
        }
    }
}

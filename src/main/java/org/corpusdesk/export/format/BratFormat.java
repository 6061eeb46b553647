package org.corpusdesk.export.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusdesk.export.DataFiles;
import org.corpusdesk.export.DatasetArticle;
import org.corpusdesk.export.DatasetFormat;
import org.corpusdesk.export.DatasetRelation;
import org.corpusdesk.export.DatasetSource;
import org.corpusdesk.export.DatasetSpan;
import org.corpusdesk.export.ExportedLabel;
import org.corpusdesk.ingest.dataset.BratImportService;
import org.corpusdesk.ingest.dataset.BratMapping;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * brat standoff: SPLIT/ID.txt (the clean text) and SPLIT/ID.ann per article, with T lines for spans (code-point
 * offsets, as brat's Python server counts; a span across a line break becomes fragments), R lines for
 * attributions ("Attribution" claim → source, "Cue" claim → cue) and AnnotatorNotes for attributes; and
 * annotation.conf at the top. brat and INCEpTION import it; so does our own {@code import}.
 */
@Component
@Order(4)
public class BratFormat implements DatasetFormat {

    private final ObjectProvider<BratImportService> reader;

    private static final ObjectMapper ATTRIBUTES = JsonMapper.builder().build();

    private final BratMapping mapping;

    public BratFormat(BratMapping mapping, ObjectProvider<BratImportService> reader) {
        this.reader = reader;
        this.mapping = mapping;
    }

    @Override
    public String name() {
        return "brat";
    }

    @Override
    public String description() {
        return "brat standoff .txt + .ann per article (T spans, E events or R relations for attributions, A attributes, notes)";
    }

    @Override
    public String howToLoad() {
        return """
                # brat / INCEpTION: import the folder (format "brat"). In Python:
                from pathlib import Path
                for ann in Path("EXPORT_DIR/train").glob("*.ann"):
                    text = ann.with_suffix(".txt").read_text(encoding="utf-8")
                    for line in ann.read_text(encoding="utf-8").splitlines():
                        if line.startswith("T"):
                            tid, info, covered = line.split("\\t")""";
    }

    @Override
    public java.util.Optional<Reading> reading() {
        return java.util.Optional.of(new Reading("brat folder", BratImportService::isBratFolder, (path, progress) -> reader.getObject().importFolder(path, progress)));
    }

    @Override
    public void write(DatasetSource data, DataFiles files) throws IOException {
        try (DataFiles.DataFile conf = files.create("annotation.conf")) {
            Writer w = conf.writer();
            w.write("[entities]\n");
            for (ExportedLabel l : data.labels()) {
                w.write(type(l.name()) + "\n");
                conf.row();
            }
            w.write("\n[relations]\n" + mapping.attributionRelation() + "\tArg1:<ENTITY>, Arg2:<ENTITY>\n"
                    + mapping.cueRelation() + "\tArg1:<ENTITY>, Arg2:<ENTITY>\n\n[events]\n\n[attributes]\n");
        }
        data.articles(a -> {
            String base = DatasetSource.fileSplit(a) + "/" + a.id();
            try (DataFiles.DataFile txt = files.create(base + ".txt")) {
                txt.writer().write(a.text());
                txt.row();
            }
            try (DataFiles.DataFile ann = files.create(base + ".ann")) {
                ann.rows(writeAnn(a, ann.writer()));
            }
        });
    }

    /**
     * Writes the .ann lines of one article; returns how many. An attribution with a trigger (it came from a brat
     * event) is an E line again; others are R lines, Attribution and Cue.
     */
    int writeAnn(DatasetArticle a, Writer w) throws IOException {
        BratAnn.Writer ann = new BratAnn.Writer();
        Map<Long, String> tIds = new HashMap<>();
        Map<Long, String> labels = new HashMap<>();
        for (DatasetSpan s : a.spans()) {
            List<int[]> fragments = fragments(s);
            List<String> texts = new ArrayList<>();
            for (int[] f : fragments) {
                texts.add(org.corpusdesk.annotation.Spans.slice(a.text(), f[0], f[1]));
            }
            String t = ann.textBound(s.label(), fragments, texts);
            tIds.put(s.id(), t);
            labels.put(s.id(), s.label());
            if (s.attributes() != null) {
                for (Map.Entry<String, JsonNode> attr : ATTRIBUTES.readTree(s.attributes()).properties()) {
                    JsonNode v = attr.getValue();
                    if (!(v.isBoolean() && !v.booleanValue())) {
                        ann.attribute(attr.getKey(), t, v.isBoolean() ? null : v.asString());
                    }
                }
            }
            String note = note(s);
            if (!note.isEmpty()) {
                ann.note(t, note);
            }
        }
        // attributions from one brat event (the same trigger) are one E line again: Content, Content2, …
        Map<List<Long>, List<DatasetRelation>> events = new java.util.LinkedHashMap<>();
        a.relations().stream().filter(r -> r.trigger() != null).sorted(java.util.Comparator.comparingLong(DatasetRelation::id))
                .forEach(r -> events.computeIfAbsent(java.util.Arrays.asList(r.trigger(), r.source(), r.cue()),
                        k -> new ArrayList<>()).add(r));
        for (List<DatasetRelation> event : events.values()) {
            DatasetRelation first = event.getFirst();
            List<BratAnn.Argument> args = new ArrayList<>();
            for (int i = 0; i < event.size(); i++) {
                args.add(new BratAnn.Argument(mapping.claimRole() + (i == 0 ? "" : String.valueOf(i + 1)),
                        tIds.get(event.get(i).claim())));
            }
            if (first.cue() != null) {
                args.add(new BratAnn.Argument(mapping.cueRole(), tIds.get(first.cue())));
            }
            if (first.source() != null) {
                args.add(new BratAnn.Argument(mapping.sourceRole(), tIds.get(first.source())));
            }
            ann.event(labels.get(first.trigger()), tIds.get(first.trigger()), args);
        }
        for (DatasetRelation rel : a.relations()) {
            if (rel.trigger() != null) {
                continue;
            }
            String claim = tIds.get(rel.claim());
            if (rel.source() != null) {
                ann.relation(mapping.attributionRelation(), claim, tIds.get(rel.source()));
            }
            if (rel.cue() != null) {
                ann.relation(mapping.cueRelation(), claim, tIds.get(rel.cue()));
            }
        }
        w.write(ann.toString());
        return ann.lines();
    }

    /**
     * Code-point ranges of the span's pieces: its stored fragments when it is discontinuous, else its pieces between
     * line breaks (brat spans cannot contain one).
     */
    private static List<int[]> fragments(DatasetSpan s) {
        if (s.fragments() != null) {
            return s.ranges();
        }
        List<int[]> out = new ArrayList<>();
        int[] cps = s.text().codePoints().toArray();
        int from = 0;
        for (int i = 0; i <= cps.length; i++) {
            if (i == cps.length || cps[i] == '\n' || cps[i] == '\r') {
                int a = from;
                int b = i;
                while (a < b && Character.isWhitespace(cps[a])) {
                    a++;
                }
                while (b > a && Character.isWhitespace(cps[b - 1])) {
                    b--;
                }
                if (a < b) {
                    out.add(new int[] {s.start() + a, s.start() + b});
                }
                from = i + 1;
            }
        }
        if (out.isEmpty()) {
            out.add(new int[] {s.start(), s.end()});
        }
        return out;
    }

    /** Attributes as "key=value" pairs separated by "; " (values with ';' or line breaks are flattened). */
    static String note(DatasetSpan s) {
        List<String> parts = new ArrayList<>();
        add(parts, "annotator", s.annotator());
        add(parts, "claim_type", s.claimType());
        add(parts, "figure", s.figure() == null ? null : s.figure().toPlainString());
        add(parts, "figure_unit", s.figureUnit());
        add(parts, "figure_qualifier", s.figureQualifier());
        add(parts, "verdict", s.verdict());
        add(parts, "source_id", s.sourceId() == null ? null : s.sourceId().toString());
        add(parts, "claim_id", s.claimId() == null ? null : s.claimId().toString());
        add(parts, "note", s.note());
        return String.join("; ", parts);
    }

    private static void add(List<String> parts, String key, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(key + "=" + value.replace(";", ",").replaceAll("[\\t\\r\\n]+", " ").strip());
        }
    }

    static String type(String label) {
        return BratAnn.type(label);
    }
}

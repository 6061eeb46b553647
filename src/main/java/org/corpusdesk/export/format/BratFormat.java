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
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * brat standoff: SPLIT/ID.txt (the clean text) and SPLIT/ID.ann per article, with T lines for spans (code-point
 * offsets, as brat's Python server counts; a span across a line break becomes fragments), R lines for
 * attributions ("Attribution" claim → source, "Cue" claim → cue) and AnnotatorNotes for attributes; and
 * annotation.conf at the top. brat and INCEpTION import it; so does our own {@code import}.
 */
@Component
@Order(4)
public class BratFormat implements DatasetFormat {

    public static final String ATTRIBUTION = "Attribution";
    public static final String CUE = "Cue";

    @Override
    public String name() {
        return "brat";
    }

    @Override
    public String description() {
        return "brat standoff .txt + .ann per article (T spans, R attributions, notes for attributes)";
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
    public void write(DatasetSource data, DataFiles files) throws IOException {
        try (DataFiles.DataFile conf = files.create("annotation.conf")) {
            Writer w = conf.writer();
            w.write("[entities]\n");
            for (ExportedLabel l : data.labels()) {
                w.write(type(l.name()) + "\n");
                conf.row();
            }
            w.write("\n[relations]\n" + ATTRIBUTION + "\tArg1:<ENTITY>, Arg2:<ENTITY>\n" + CUE
                    + "\tArg1:<ENTITY>, Arg2:<ENTITY>\n\n[events]\n\n[attributes]\n");
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

    /** Writes the .ann lines of one article; returns how many. */
    static int writeAnn(DatasetArticle a, Writer w) throws IOException {
        Map<Long, String> tIds = new HashMap<>();
        int lines = 0;
        int notes = 0;
        for (DatasetSpan s : a.spans()) {
            String t = "T" + (tIds.size() + 1);
            tIds.put(s.id(), t);
            List<int[]> fragments = fragments(s);
            StringBuilder ranges = new StringBuilder();
            StringBuilder covered = new StringBuilder();
            for (int[] f : fragments) {
                if (!ranges.isEmpty()) {
                    ranges.append(';');
                    covered.append(' ');
                }
                ranges.append(f[0]).append(' ').append(f[1]);
                covered.append(org.corpusdesk.annotation.Spans.slice(a.text(), f[0], f[1]));
            }
            w.write(t + "\t" + type(s.label()) + " " + ranges + "\t" + covered + "\n");
            lines++;
            String note = note(s);
            if (!note.isEmpty()) {
                w.write("#" + (++notes) + "\tAnnotatorNotes " + t + "\t" + note + "\n");
                lines++;
            }
        }
        int r = 0;
        for (DatasetRelation rel : a.relations()) {
            w.write("R" + (++r) + "\t" + ATTRIBUTION + " Arg1:" + tIds.get(rel.claim()) + " Arg2:" + tIds.get(rel.source()) + "\n");
            lines++;
            if (rel.cue() != null) {
                w.write("R" + (++r) + "\t" + CUE + " Arg1:" + tIds.get(rel.claim()) + " Arg2:" + tIds.get(rel.cue()) + "\n");
                lines++;
            }
        }
        return lines;
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

    /** brat type names cannot contain spaces. */
    static String type(String label) {
        return label.strip().replaceAll("\\s+", "_");
    }
}

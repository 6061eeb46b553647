package org.corpusdesk.export;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to export and where. {@code labels} empty means every label; {@code annotator} picks one editor's layer,
 * {@code gold} the adjudicated layer (see docs/dataset-format.md); neither means every annotator's spans.
 */
public record ExportRequest(String format, Path outDir, ExportStatus status, List<String> labels, String annotator,
        boolean gold, SplitRatios split, long seed, boolean stratifyByOutlet) {

    public static final long DEFAULT_SEED = 42;

    public ExportRequest {
        labels = labels == null ? List.of() : labels.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        status = status == null ? ExportStatus.APPROVED : status;
        if (gold && annotator != null) {
            throw new IllegalArgumentException("choose --annotator or --gold, not both");
        }
        if (annotator != null && annotator.isBlank()) {
            throw new IllegalArgumentException("annotator: give the user name whose annotations to export");
        }
    }

    public static ExportRequest of(String format, Path outDir) {
        return new ExportRequest(format, outDir, ExportStatus.APPROVED, List.of(), null, false, null, DEFAULT_SEED, false);
    }

    /** The parameters as the manifest and the export record show them (the output folder left out). */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("format", format);
        p.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        p.put("labels", labels);
        p.put("layer", gold ? "gold" : annotator != null ? "annotator:" + annotator : "all");
        p.put("split", split == null ? null : split.toString());
        p.put("seed", seed);
        p.put("stratify_by_outlet", stratifyByOutlet);
        return p;
    }
}

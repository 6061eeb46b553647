package org.corpusdesk.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** README.md of an export: a dataset card for whoever finds the folder without us. */
final class DatasetCard {

    private DatasetCard() {
    }

    static void write(Path dir, DatasetFormat format, ExportRequest request, String exportKey, OffsetDateTime at,
            ExportStats stats, List<ExportedLabel> labels, List<DataFiles.Summary> files,
            List<org.corpusdesk.agreement.AgreementRow> agreement) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("# Corpus Desk dataset (").append(format.name()).append(")\n\n");
        s.append("News articles reviewed by editors in Corpus Desk, with text spans tagged as sources, claims and ")
                .append("attribution cues, and claims attributed to their sources.\n\n");
        s.append("- Export id: `").append(exportKey).append("`, made ").append(at).append(" by corpus-desk ")
                .append(ExportManifest.toolVersion()).append('\n');
        s.append("- Format: ").append(format.name()).append(": ").append(format.description()).append('\n');
        s.append("- Selection: ").append(describe(request)).append('\n');
        s.append("- ").append(stats.articles()).append(" articles, ").append(stats.spans()).append(" spans, ")
                .append(stats.relations()).append(" relations\n\n");
        s.append("## Loading\n\n```python\n")
                .append(format.howToLoad().replace("EXPORT_DIR", dir.getFileName().toString())).append("\n```\n\n");
        s.append("Span offsets are Unicode code points into the article's clean text, end exclusive: in Python ")
                .append("`text[start:end] == span[\"text\"]`. Full field reference: docs/dataset-format.md in Corpus Desk.\n\n");
        s.append("## Articles per split\n\n| split | articles |\n|---|---:|\n");
        stats.perSplit().forEach((k, v) -> s.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        s.append("\nSplits are drawn per story cluster (near-duplicate copies of one story), so no story appears in ")
                .append("two splits.\n\n## Spans per label\n\n| label | spans |");
        List<String> splits = List.copyOf(stats.perSplit().keySet());
        splits.forEach(sp -> s.append(' ').append(sp).append(" |"));
        s.append("\n|---|---:|");
        splits.forEach(sp -> s.append("---:|"));
        s.append('\n');
        for (Map.Entry<String, Long> e : stats.perLabel().entrySet()) {
            s.append("| ").append(cell(e.getKey())).append(" | ").append(e.getValue()).append(" |");
            splits.forEach(sp -> s.append(' ').append(stats.labelInSplit(e.getKey(), sp)).append(" |"));
            s.append('\n');
        }
        s.append("\n## Articles per outlet\n\n| outlet | articles |\n|---|---:|\n");
        stats.perOutlet().forEach((k, v) -> s.append("| ").append(cell(k)).append(" | ").append(v).append(" |\n"));
        agreement(s, agreement, stats.curated());
        s.append("\n## Label definitions\n\n| label | kind | definition |\n|---|---|---|\n");
        for (ExportedLabel l : labels) {
            s.append("| ").append(cell(l.name())).append(" | ").append(l.kind()).append(" | ")
                    .append(cell(l.description() == null ? "" : l.description())).append(" |\n");
        }
        s.append("\n## Files\n\n| file | rows | bytes | SHA-256 |\n|---|---:|---:|---|\n");
        for (DataFiles.Summary f : files) {
            s.append("| ").append(f.path()).append(" | ").append(f.rows()).append(" | ").append(f.bytes())
                    .append(" | `").append(f.sha256()).append("` |\n");
        }
        s.append("""

                ## Caveats

                - The texts are scraped news: cleaning removed ad markers, boilerplate and repeated captions, but some \
                noise may remain, and some articles are machine translations (flag `machine_translated`).
                - Claims are recorded as reported, not as true: a claim's verdict says what the editors could verify.
                - Spans come from human editors; unless the selection is the gold layer, several editors' spans of one \
                article may overlap or disagree (each span names its annotator).
                - Figures are parsed from the text ("more than 1,250 people" gives 1250, people, "more than").
                """);
        Files.writeString(dir.resolve("README.md"), s, StandardCharsets.UTF_8);
    }

    /** Inter-annotator agreement over the exported articles that two or more editors annotated, per label. */
    private static void agreement(StringBuilder s, List<org.corpusdesk.agreement.AgreementRow> rows, long curated) {
        List<org.corpusdesk.agreement.AgreementRow> pooled = rows.stream()
                .filter(r -> r.annotatorA().equals(org.corpusdesk.agreement.AgreementRow.EVERY_PAIR)).toList();
        s.append("\n## Agreement\n\n");
        String curation = (curated == 0 ? "No exported article has" : curated + (curated == 1 ? " exported article has"
                : " exported articles have")) + " been curated: a curator merged " + (curated == 1 ? "its" : "their")
                + " editors' layers into the gold layer.";
        if (pooled.isEmpty()) {
            s.append("No exported article was annotated by two or more editors, so there is no agreement figure. ")
                    .append(curation).append('\n');
            return;
        }
        long pairs = rows.stream().filter(r -> r.label().equals(org.corpusdesk.agreement.AgreementRow.ALL_LABELS)
                && !r.annotatorA().equals(org.corpusdesk.agreement.AgreementRow.EVERY_PAIR)).count();
        long articles = pooled.stream().filter(r -> r.label().equals(org.corpusdesk.agreement.AgreementRow.ALL_LABELS))
                .mapToLong(org.corpusdesk.agreement.AgreementRow::articles).sum();
        s.append("Over the exported articles that two or more editors annotated (").append(articles)
                .append(" article-pairs of ").append(pairs).append(" editor pairs): span F1 (exact: same label, start ")
                .append("and end; overlap: sharing a character) and Krippendorff's alpha for unitizing, per label. ")
                .append(curation).append(" Formulas: docs/agreement.md in Corpus Desk.\n\n")
                .append("| label | spans A / B | exact F1 | overlap F1 | alpha |\n|---|---:|---:|---:|---:|\n");
        for (org.corpusdesk.agreement.AgreementRow r : pooled) {
            s.append("| ").append(cell(r.label())).append(" | ").append(r.spansA()).append(" / ").append(r.spansB())
                    .append(" | ").append(figure(r.exactF1())).append(" | ").append(figure(r.overlapF1())).append(" | ")
                    .append(figure(r.alphaU())).append(" |\n");
        }
    }

    private static String figure(Double v) {
        return v == null || v.isNaN() ? "" : String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    private static String describe(ExportRequest r) {
        String layer = r.gold() ? "gold layer (curated; else curators' spans, or the only annotator's)"
                : r.annotator() != null ? "spans of annotator " + r.annotator() : "spans of every annotator";
        return "status " + r.status().name().toLowerCase(java.util.Locale.ROOT) + " (" + String.join(", ",
                r.status().statuses()) + "); labels " + (r.labels().isEmpty() ? "all" : String.join(", ", r.labels()))
                + "; " + layer + "; " + (r.split() == null ? "no split" : "split " + r.split() + " with seed "
                + r.seed() + (r.stratifyByOutlet() ? ", stratified by outlet" : ""));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}

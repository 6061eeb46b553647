package org.corpusdesk.ingest.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.corpusdesk.annotation.Spans;
import org.corpusdesk.support.BratLines;
import org.corpusdesk.support.Cli;
import org.corpusdesk.support.SharedCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The brat attribution corpus in ../shared/corpora/polnear-dev, imported from its folder as distributed (texts in
 * one folder, NAME_ANNOTATOR.ann files in a sibling one): every T and E line kept in its annotator's layer, and the
 * brat export gives the same T and E lines up to ids; every exported span covers its text.
 */
class PolnearRoundTripTest {

    @TempDir
    Path tmp;

    @Test
    void importedAsDistributedItComesOutWithTheSameLinesUpToIds() throws Exception {
        Path corpus = SharedCorpora.folder("polnear-dev");
        long tLines = count(corpus, "T");
        long eLines = count(corpus, "E");
        // an event with nothing but its trigger ("E21\tAttribution-no-source:T83") names no claim: it cannot be an
        // attribution, and is reported
        long bare = count(corpus, "E") - countMatching(corpus, "^E\\d+\t\\S+:T\\d+ .*Content:T\\d+.*");
        Path db = tmp.resolve("db");
        Cli.Run imported = Cli.run("import", "-q", "--data", db.toString(), corpus.toString());
        // an attribution per claim argument: an event with Content and Content2 gives two
        long claims = countOccurrences(corpus, "E", "\\sContent\\d*:T");
        assertThat(imported.out()).as(imported.err()).contains(String.format(java.util.Locale.ROOT,
                "%,d spans, %,d relations", tLines, claims), String.format("%d problems", bare));
        assertThat(imported.err().lines().filter(l -> l.contains("rejected:"))).hasSize((int) bare)
                .allMatch(l -> l.contains("has no claim argument"));

        Path brat = tmp.resolve("brat");
        assertThat(Cli.run("export", "--data", db.toString(), "--status", "all", "--format", "brat", "--out",
                brat.toString()).exit()).isZero();
        Map<String, List<String>> in = BratLines.of(corpus);
        in.values().forEach(lines -> lines.removeIf(l -> l.matches(".*\\| E .* \\[]$")));
        Map<String, List<String>> out = BratLines.of(brat);
        assertThat(out.keySet()).hasSize(in.size()).isEqualTo(in.keySet());
        for (Map.Entry<String, List<String>> e : in.entrySet()) {
            assertThat(out.get(e.getKey())).as(e.getKey().substring(0, 60)).isEqualTo(e.getValue());
        }

        Path jsonl = tmp.resolve("jsonl");
        assertThat(Cli.run("export", "--data", db.toString(), "--status", "all", "--out", jsonl.toString()).exit()).isZero();
        assertThat(coveredSpans(jsonl)).isEqualTo(tLines);

        exactF1OfOneArticleAsComputedFromItsFiles(corpus, db);
        agreedSpansCuratedAreThoseEveryAnnotatorMarkedAlike(corpus, db);
    }

    /**
     * Curation accepts into gold exactly the spans that every annotator of an article marked alike (label and offsets,
     * fragments included), counted here straight from the .ann files of the articles with several annotators.
     */
    private static void agreedSpansCuratedAreThoseEveryAnnotatorMarkedAlike(Path corpus, Path db) throws IOException {
        java.util.Map<String, List<java.util.Set<String>>> byText = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(corpus.resolve("attributions"))) {
            for (Path ann : files.sorted().toList()) {
                String name = ann.getFileName().toString().replaceAll("\\.ann$", "").replaceAll("_[A-Za-z0-9]+$", "");
                byText.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(Files.readAllLines(ann,
                        StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("T")).map(l -> l.split("\t")[1])
                        .collect(java.util.stream.Collectors.toSet()));
            }
        }
        long everyone = 0;
        int articles = 0;
        for (List<java.util.Set<String>> layers : byText.values()) {
            if (layers.size() > 1) {
                java.util.Set<String> common = new java.util.HashSet<>(layers.getFirst());
                layers.forEach(common::retainAll);
                everyone += common.size();
                articles++;
            }
        }
        Cli.Run curated = Cli.run("curate", "--data", db.toString(), "--accept-agreed", "--waiting");
        assertThat(curated.exit()).as(curated.err()).isZero();
        assertThat(curated.out()).contains(articles + " article(s), " + everyone + " span(s) accepted into gold");
        Cli.Run after = Cli.run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT COUNT(*) FROM v_annotation WHERE annotator = 'gold'");
        assertThat(after.out().lines().skip(1).findFirst().orElseThrow()).isEqualTo(String.valueOf(everyone));
    }

    /**
     * The agreement command's exact span F1 of one article with several annotators, for each label and pair, equals
     * the figure computed here straight from the two .ann files: 2·|A∩B| / (|A| + |B|) over (type, start, end).
     */
    private static void exactF1OfOneArticleAsComputedFromItsFiles(Path corpus, Path db) throws IOException {
        java.util.Map<String, java.util.Map<String, List<String>>> byText = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(corpus.resolve("attributions"))) {
            for (Path ann : files.sorted().toList()) {
                String base = ann.getFileName().toString().replaceAll("\\.ann$", "");
                String name = base.replaceAll("_[A-Za-z0-9]+$", "");
                String annotator = base.substring(name.length() + 1);
                List<String> spans = Files.readAllLines(ann, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("T"))
                        .map(l -> {
                            String[] info = l.split("\t")[1].split(" ", 2);
                            int start = Integer.MAX_VALUE;
                            int end = -1;
                            for (String range : info[1].split(";")) {
                                String[] se = range.split(" ");
                                start = Math.min(start, Integer.parseInt(se[0]));
                                end = Math.max(end, Integer.parseInt(se[1]));
                            }
                            return info[0] + " " + start + " " + end;
                        }).toList();
                byText.computeIfAbsent(name, k -> new java.util.TreeMap<>()).put(annotator, spans);
            }
        }
        var shared = byText.entrySet().stream().filter(e -> e.getValue().size() > 1).findFirst().orElseThrow();
        List<String> annotators = List.copyOf(shared.getValue().keySet());
        String a = annotators.get(0);
        String b = annotators.get(1);
        String id = Cli.run("sql", "--data", db.toString(), "--format", "csv",
                "SELECT id FROM v_article WHERE title = '" + shared.getKey() + "'").out().lines().skip(1).findFirst().orElseThrow();
        Cli.Run run = Cli.run("agreement", "--data", db.toString(), "--article", id, "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        int checked = 0;
        for (String label : List.of("Source", "Content", "Cue")) {
            List<String> left = new java.util.ArrayList<>(shared.getValue().get(b).stream().filter(x -> x.startsWith(label + " ")).toList());
            List<String> mine = shared.getValue().get(a).stream().filter(x -> x.startsWith(label + " ")).toList();
            long matched = mine.stream().filter(left::remove).count();
            double f1 = 2.0 * matched / (mine.size() + shared.getValue().get(b).stream().filter(x -> x.startsWith(label + " ")).count());
            String row = run.out().lines().filter(l -> l.startsWith(label + "," + a + "," + b + ",")).findFirst().orElseThrow();
            assertThat(Double.parseDouble(row.split(",")[7])).as(label + " " + a + "/" + b).isCloseTo(f1,
                    org.assertj.core.api.Assertions.within(0.00005));
            checked++;
        }
        assertThat(checked).isEqualTo(3);
    }

    /**
     * Onto its texts imported (and cleaned) before: every text finds its article, and every T line is either stored on
     * exactly its words of the clean text or reported; none lands elsewhere.
     */
    @Test
    void ontoItsCleanedArticlesNoSpanIsMisplaced() throws Exception {
        Path corpus = SharedCorpora.folder("polnear-dev");
        long tLines = count(corpus, "T");
        Path db = tmp.resolve("db");
        assertThat(Cli.run("import", "-q", "--data", db.toString(), corpus.resolve("text").toString()).out())
                .contains("Imported 84 articles");
        Cli.Run annotated = Cli.run("import", "-q", "--data", db.toString(), corpus.toString());
        assertThat(annotated.out()).as(annotated.err()).contains("0 new articles, 84 matched existing articles");
        long spanProblems = annotated.err().lines().filter(l -> l.matches("rejected: .*\\.ann:\\d+: T\\d+: .*")).count();
        Path jsonl = tmp.resolve("jsonl");
        assertThat(Cli.run("export", "--data", db.toString(), "--status", "all", "--out", jsonl.toString()).exit()).isZero();
        long stored = coveredSpans(jsonl);
        assertThat(stored).isGreaterThan(tLines * 9 / 10);
        assertThat(stored + spanProblems).isEqualTo(tLines);
    }

    /** Spans of a JSONL export, each checked: text[start:end] (code points) is its text. */
    static long coveredSpans(Path export) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        long spans = 0;
        try (Stream<Path> files = Files.list(export)) {
            for (Path f : files.filter(p -> p.toString().matches(".*/(data|train|validation|test)\\.jsonl")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    JsonNode a = json.readTree(line);
                    String text = a.get("text").asString();
                    for (JsonNode s : a.get("spans")) {
                        assertThat(Spans.slice(text, s.get("start").asInt(), s.get("end").asInt()))
                                .as("span " + s.get("id")).isEqualTo(s.get("text").asString());
                        spans++;
                    }
                }
            }
        }
        return spans;
    }

    private static long countOccurrences(Path corpus, String kind, String regex) throws IOException {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
        long n = 0;
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path ann : walk.filter(f -> f.toString().endsWith(".ann")).toList()) {
                for (String l : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
                    if (l.startsWith(kind)) {
                        n += p.matcher(l).results().count();
                    }
                }
            }
        }
        return n;
    }

    private static long countMatching(Path corpus, String regex) throws IOException {
        long n = 0;
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path ann : walk.filter(p -> p.toString().endsWith(".ann")).toList()) {
                n += Files.readAllLines(ann, StandardCharsets.UTF_8).stream().filter(l -> l.matches(regex)).count();
            }
        }
        return n;
    }

    private static long count(Path corpus, String kind) throws IOException {
        long n = 0;
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path ann : walk.filter(p -> p.toString().endsWith(".ann")).toList()) {
                n += Files.readAllLines(ann, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith(kind)).count();
            }
        }
        return n;
    }
}

package org.corpusdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.corpusdesk.support.As;
import org.corpusdesk.support.ServiceTest;
import org.corpusdesk.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every export format against the fixture, with code-point offsets checked the way Python slices. */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:export-formats;DB_CLOSE_DELAY=-1")
class DatasetFormatsTest extends ExportFixtureTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir Path tmp;

    ExportResult run(String format, String dir) {
        return run(ExportRequest.of(format, tmp.resolve(dir)));
    }

    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void jsonlHasOneApprovedArticlePerLineWithCodePointSpansRelationsAndRegistries() throws IOException {
        ExportResult r = run("jsonl", "jsonl");
        List<JsonNode> articles = lines(r.outDir().resolve("data.jsonl"));
        assertThat(articles).extracting(a -> a.get("id").asLong())
                .containsExactly(ExportFixture.STORY_ID, ExportFixture.COPY_ID, ExportFixture.OTHER_ID);
        JsonNode story = articles.get(0);
        assertThat(story.get("text").asString()).isEqualTo(ExportFixture.STORY);
        assertThat(story.get("outlet").asString()).isEqualTo("Daily Example");
        assertThat(story.get("published_on").asString()).isEqualTo("2020-10-02");
        assertThat(story.get("flags").get(0).asString()).isEqualTo("machine_translated");
        assertThat(story.get("split").isNull()).isTrue();
        assertThat(story.get("spans")).hasSize(4);
        for (JsonNode a : articles) {
            for (JsonNode s : a.get("spans")) {
                assertThat(ExportFixture.pythonSlice(a.get("text").asString(), s.get("start").asInt(), s.get("end").asInt()))
                        .isEqualTo(s.get("text").asString());
            }
        }
        JsonNode ministry = spanWithText(story, "Russian Foreign Ministry");
        assertThat(ExportFixture.STORY.indexOf("Russian") - ministry.get("start").asInt())
                .as("UTF-16 index and code-point offset differ by the three astral characters before").isEqualTo(3);
        assertThat(ministry.get("source_id").asLong()).isEqualTo(f.sourceEntry);
        JsonNode claim = spanWithText(story, "more than 1,250 people were evacuated");
        assertThat(claim.get("figure").asString()).isEqualTo("1250");
        assertThat(claim.get("figure").isNumber()).isTrue();
        assertThat(claim.get("claim_type").asString()).isEqualTo("casualty_figure");
        assertThat(claim.get("verdict").asString()).isEqualTo("supported");
        assertThat(claim.get("claim_id").asLong()).isEqualTo(f.claimEntry);
        assertThat(story.get("relations")).singleElement().satisfies(rel -> {
            assertThat(rel.get("claim").asLong()).isEqualTo(f.edClaim.id());
            assertThat(rel.get("source").asLong()).isEqualTo(f.edSource.id());
            assertThat(rel.get("cue").asLong()).isEqualTo(f.edCue.id());
        });
        assertThat(lines(r.outDir().resolve("sources.jsonl"))).singleElement().satisfies(s -> {
            assertThat(s.get("name").asString()).isEqualTo("Russian Foreign Ministry");
            assertThat(s.get("aliases").get(0).asString()).isEqualTo("Russia's Foreign Ministry");
        });
        assertThat(lines(r.outDir().resolve("claims.jsonl"))).hasSize(1);
        // the discussions of the exported articles: a resolved question on the claim span, an open one on an article
        assertThat(lines(r.outDir().resolve("comments.jsonl"))).extracting(c -> c.get("article").asLong() + " "
                + c.get("span").asString("-") + " " + c.get("author").asString() + " " + c.get("resolved_by").asString("open"))
                .containsExactly("1001 " + f.edClaim.id() + " ed cora", "1003 - cora open");
        assertThat(r.stats().articles()).isEqualTo(3);
        assertThat(r.stats().spans()).isEqualTo(7);
        assertThat(r.stats().relations()).isEqualTo(2);
    }

    private static JsonNode spanWithText(JsonNode article, String text) {
        for (JsonNode s : article.get("spans")) {
            if (s.get("text").asString().equals(text)) {
                return s;
            }
        }
        throw new AssertionError("no span " + text);
    }

    @Test
    void statusLabelsAnnotatorAndGoldSelectWhatIsExported() throws IOException {
        ExportResult all = run(new ExportRequest("jsonl", tmp.resolve("all"), ExportStatus.ALL, List.of("claim"), null,
                false, null, 1, false));
        List<JsonNode> rows = lines(all.outDir().resolve("data.jsonl"));
        assertThat(rows).hasSize(4);
        assertThat(rows).flatExtracting(a -> List.copyOf(a.get("spans").valueStream().toList()))
                .extracting(s -> s.get("label").asString()).containsOnly("CLAIM").hasSize(3);
        assertThat(rows).allSatisfy(a -> assertThat(a.get("relations")).as("no source spans: no relations").isEmpty());

        ExportResult gold = run(new ExportRequest("jsonl", tmp.resolve("gold"), ExportStatus.APPROVED, List.of(), null,
                true, null, 1, false));
        JsonNode story = lines(gold.outDir().resolve("data.jsonl")).get(0);
        assertThat(story.get("spans")).as("the curator's layer wins").singleElement()
                .satisfies(s -> assertThat(s.get("annotator").asString()).isEqualTo("cora"));
        assertThat(lines(gold.outDir().resolve("data.jsonl")).get(1).get("spans")).as("only ed annotated it").hasSize(2);

        ExportResult ed = run(new ExportRequest("jsonl", tmp.resolve("ed"), ExportStatus.APPROVED, List.of(), "ed",
                false, null, 1, false));
        assertThat(lines(ed.outDir().resolve("data.jsonl")).get(0).get("spans"))
                .extracting(s -> s.get("annotator").asString()).containsOnly("ed").hasSize(3);
    }

    @Test
    void csvTablesJoinByIds() throws IOException {
        ExportResult r = run("csv", "csv");
        List<CSVRecord> articles = csv(r.outDir().resolve("articles.csv"));
        List<CSVRecord> spans = csv(r.outDir().resolve("spans.csv"));
        List<CSVRecord> relations = csv(r.outDir().resolve("relations.csv"));
        assertThat(articles).hasSize(3);
        Map<String, String> texts = articles.stream().collect(Collectors.toMap(a -> a.get("id"), a -> a.get("text")));
        assertThat(texts.get("1003")).as("markup stays text").contains("<script>alert(1)</script>");
        assertThat(spans).hasSize(7).allSatisfy(s -> assertThat(ExportFixture.pythonSlice(texts.get(s.get("article_id")),
                Integer.parseInt(s.get("start")), Integer.parseInt(s.get("end")))).isEqualTo(s.get("text")));
        assertThat(relations).hasSize(2).allSatisfy(rel ->
                assertThat(spans).anySatisfy(s -> assertThat(s.get("id")).isEqualTo(rel.get("claim"))));
        assertThat(csv(r.outDir().resolve("sources.csv"))).singleElement()
                .satisfies(s -> assertThat(s.get("aliases").split("\\|")).contains("Russia's Foreign Ministry"));
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    @Test
    void conllTagsTokensBioWithTheFirstOfOverlappingSpans() throws IOException {
        ExportResult r = run("conll", "conll");
        List<String> lines = Files.readAllLines(r.outDir().resolve("data.conll"));
        assertThat(lines.stream().filter(l -> l.startsWith("-DOCSTART-"))).hasSize(3);
        assertThat(lines).containsSubsequence("Russian _ _ B-SOURCE", "Foreign _ _ I-SOURCE", "Ministry _ _ I-SOURCE",
                "said _ _ B-CUE", "more _ _ B-CLAIM", "than _ _ I-CLAIM", "1,250 _ _ I-CLAIM", "evacuated _ _ I-CLAIM",
                ". _ _ O", "", "Armenia's _ _ B-SOURCE", "defence _ _ I-SOURCE");
        assertThat(lines).contains("🇦🇲 _ _ O".replace("🇦🇲", "\uD83C\uDDE6"));
        assertThat(lines).contains("<script>alert(1)</script>".substring(0, 1) + " _ _ O");
    }

    @Test
    void bratWritesTextAnnRelationsNotesAndAConfig() throws IOException {
        ExportResult r = run("brat", "brat");
        Path dir = r.outDir().resolve("data");
        assertThat(Files.readString(dir.resolve("1001.txt"))).isEqualTo(ExportFixture.STORY);
        List<String> ann = Files.readAllLines(dir.resolve("1001.ann"));
        for (String line : ann) {
            if (line.startsWith("T")) {
                String[] parts = line.split("\t");
                String[] info = parts[1].split(" ");
                assertThat(ExportFixture.pythonSlice(ExportFixture.STORY, Integer.parseInt(info[1]),
                        Integer.parseInt(info[2]))).isEqualTo(parts[2]);
            }
        }
        assertThat(ann).anyMatch(l -> l.matches("T\\d+\tSOURCE \\d+ \\d+\tRussian Foreign Ministry"));
        assertThat(ann).anyMatch(l -> l.matches("R1\tAttribution Arg1:T\\d+ Arg2:T\\d+"));
        assertThat(ann).anyMatch(l -> l.matches("R2\tCue Arg1:T\\d+ Arg2:T\\d+"));
        assertThat(ann).anyMatch(l -> l.startsWith("#") && l.contains("AnnotatorNotes")
                && l.contains("figure=1250") && l.contains("verdict=supported") && l.contains("note=figure, from the ministry"));
        assertThat(Files.readString(r.outDir().resolve("annotation.conf"))).contains("[entities]", "SOURCE", "Attribution");
    }

    @Test
    void claimReviewDescribesTheCanonicalClaimWithItsSourceAndAppearances() throws IOException {
        ExportResult r = run("claimreview", "claimreview");
        JsonNode review = lines(r.outDir().resolve("claimreview.jsonl")).get(0);
        assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
        assertThat(review.get("claimReviewed").asString()).isEqualTo("More than 1,250 people were evacuated");
        assertThat(review.get("itemReviewed").get("author").get(0).get("name").asString()).isEqualTo("Russian Foreign Ministry");
        assertThat(review.get("itemReviewed").get("appearance").valueStream().map(a -> a.get("url").asString()))
                .containsExactly("https://example.org/evacuation", "https://wire.example/copy");
        assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo("Supported");
    }

    @Test
    void parquetHoldsTheJsonlContentWithNestedSpans() throws IOException {
        ExportResult r = run("parquet", "parquet");
        List<Group> rows = new ArrayList<>();
        try (ParquetReader<Group> reader = new ParquetReader.Builder<Group>(
                new LocalInputFile(r.outDir().resolve("data.parquet"))) {
            @Override
            protected ReadSupport<Group> getReadSupport() {
                return new GroupReadSupport();
            }
        }.build()) {
            for (Group g; (g = reader.read()) != null; ) {
                rows.add(g);
            }
        }
        assertThat(rows).hasSize(3);
        Group story = rows.get(0);
        assertThat(story.getLong("id", 0)).isEqualTo(ExportFixture.STORY_ID);
        assertThat(story.getString("text", 0)).isEqualTo(ExportFixture.STORY);
        Group spans = story.getGroup("spans", 0);
        assertThat(spans.getFieldRepetitionCount("list")).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            Group s = spans.getGroup("list", i).getGroup("element", 0);
            assertThat(ExportFixture.pythonSlice(ExportFixture.STORY, s.getInteger("start", 0), s.getInteger("end", 0)))
                    .isEqualTo(s.getString("text", 0));
        }
        assertThat(story.getGroup("relations", 0).getFieldRepetitionCount("list")).isEqualTo(1);
        assertThat(rows.get(2).getGroup("relations", 0).getFieldRepetitionCount("list")).isZero();
    }

    @Test
    void theManifestListsEveryDataFileWithItsChecksumAndRowsAndCatchesTampering() throws IOException {
        ExportResult r = run("csv", "manifest");
        JsonNode manifest = JSON.readTree(r.outDir().resolve("manifest.json").toFile());
        assertThat(manifest.get("format_version").asInt()).isEqualTo(1);
        assertThat(manifest.get("parameters").get("status").asString()).isEqualTo("approved");
        assertThat(manifest.get("files").valueStream().map(x -> x.get("path").asString()))
                .containsExactly("articles.csv", "claims.csv", "relations.csv", "sources.csv", "spans.csv");
        JsonNode spans = manifest.get("files").valueStream().filter(x -> x.get("path").asString().equals("spans.csv"))
                .findFirst().orElseThrow();
        assertThat(spans.get("rows").asLong()).isEqualTo(7);
        assertThat(spans.get("sha256").asString()).isEqualTo(ExportManifest.sha256(r.outDir().resolve("spans.csv")));
        assertThat(ExportManifest.verify(r.outDir())).isEmpty();
        assertThat(Files.readString(r.outDir().resolve("README.md"))).contains("| SOURCE |", "Daily Example", "text[start:end]");
        // article 1001 has two editors' layers (ed's and cora's): the card reports their agreement per label
        assertThat(Files.readString(r.outDir().resolve("README.md"))).contains("## Agreement",
                "| SOURCE | 1 / 1 | 0.000 | 0.000 |", "| CLAIM | 0 / 1 | 0.000 | 0.000 |");
        Files.writeString(r.outDir().resolve("spans.csv"), "tampered", java.nio.file.StandardOpenOption.APPEND);
        assertThat(ExportManifest.verify(r.outDir())).containsExactly("spans.csv: checksum differs");
        assertThat(dsl.fetchValue("SELECT status FROM v_dataset_export WHERE export_key = ?", r.exportKey()))
                .isEqualTo("COMPLETED");
    }

    @Test
    void theSameStateAndParametersGiveByteIdenticalDataFiles() {
        for (String format : List.of("jsonl", "csv", "conll", "brat", "claimreview", "parquet")) {
            ExportResult a = run(new ExportRequest(format, tmp.resolve(format + "-a"), ExportStatus.ALL, List.of(), null,
                    false, SplitRatios.parse("50/25/25"), 7, false));
            ExportResult b = run(new ExportRequest(format, tmp.resolve(format + "-b"), ExportStatus.ALL, List.of(), null,
                    false, SplitRatios.parse("50/25/25"), 7, false));
            assertThat(b.files()).as(format).isEqualTo(a.files());
            assertThat(b.exportKey()).isNotEqualTo(a.exportKey());
        }
    }

    @Test
    void refusesAnUnknownFormatANonEmptyFolderAndEditors() throws IOException {
        assertThatThrownBy(() -> run("xml", "x")).isInstanceOf(ExportProblem.class).hasMessageContaining("jsonl");
        Files.createDirectories(tmp.resolve("full"));
        Files.writeString(tmp.resolve("full/keep.txt"), "mine");
        assertThatThrownBy(() -> run("jsonl", "full")).isInstanceOf(ExportProblem.class).hasMessageContaining("not empty");
        assertThat(Files.readString(tmp.resolve("full/keep.txt"))).isEqualTo("mine");
        assertThatThrownBy(() -> As.user(f.ed.id(), "ed", Role.EDITOR,
                () -> export.export(ExportRequest.of("jsonl", tmp.resolve("ed-try")))))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** An export whose process was killed is marked INTERRUPTED when exports are next listed; a live one is not. */
    @Test
    void anExportLeftRunningByADeadProcessIsMarkedInterrupted() {
        String host = org.corpusdesk.shared.ProcessOwner.current().substring(org.corpusdesk.shared.ProcessOwner.current().indexOf('@'));
        long dead = runningExport(Long.MAX_VALUE + host);
        long live = runningExport(org.corpusdesk.shared.ProcessOwner.current());
        export.recent(10);
        assertThat(dsl.fetchValue("SELECT status FROM v_dataset_export WHERE id = " + dead)).isEqualTo("INTERRUPTED");
        assertThat(dsl.fetchValue("SELECT status FROM v_dataset_export WHERE id = " + live)).isEqualTo("RUNNING");
        dsl.execute("DELETE FROM dataset_export WHERE id IN (" + dead + ", " + live + ")");
    }

    private long runningExport(String owner) {
        return dsl.insertInto(org.corpusdesk.jooq.Tables.DATASET_EXPORT)
                .set(org.corpusdesk.jooq.Tables.DATASET_EXPORT.EXPORT_KEY, java.util.UUID.randomUUID().toString())
                .set(org.corpusdesk.jooq.Tables.DATASET_EXPORT.FORMAT, "jsonl")
                .set(org.corpusdesk.jooq.Tables.DATASET_EXPORT.PARAMETERS_JSON, "{}")
                .set(org.corpusdesk.jooq.Tables.DATASET_EXPORT.OUT_DIR, "/tmp/x")
                .set(org.corpusdesk.jooq.Tables.DATASET_EXPORT.STATUS, "RUNNING")
                .set(org.corpusdesk.jooq.Tables.DATASET_EXPORT.STARTED_AT, java.time.OffsetDateTime.now())
                .set(org.corpusdesk.jooq.Tables.DATASET_EXPORT.ACTOR_NAME, "test")
                .set(org.corpusdesk.jooq.Tables.DATASET_EXPORT.OWNER, owner)
                .returning(org.corpusdesk.jooq.Tables.DATASET_EXPORT.ID).fetchOne().getId();
    }
}

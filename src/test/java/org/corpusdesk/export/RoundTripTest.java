package org.corpusdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpusdesk.annotation.AnnotationService;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.ingest.dataset.BratImportService;
import org.corpusdesk.ingest.dataset.DatasetImportReport;
import org.corpusdesk.registry.ClaimRegistryService;
import org.corpusdesk.registry.SourceRegistryService;
import org.corpusdesk.support.As;
import org.corpusdesk.support.Cli;
import org.corpusdesk.support.ServiceTest;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export → import into an empty database → export again gives byte-identical data files; brat folders come
 * back onto their articles without doubling spans, and a broken one is reported by file and line.
 */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:round-trip;DB_CLOSE_DELAY=-1")
class RoundTripTest extends ExportFixtureTest {

    @Autowired ExportService export;
    @Autowired BratImportService brat;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired AnnotationService annotations;
    @Autowired LabelSchemaService schema;
    @Autowired SourceRegistryService sources;
    @Autowired ClaimRegistryService claims;
    @TempDir Path tmp;

    @Test
    void jsonlExportImportExportGivesByteIdenticalDataFiles() throws Exception {
        ExportResult first = run(new ExportRequest("jsonl", tmp.resolve("first"), ExportStatus.ALL, List.of(), null,
                false, SplitRatios.parse("50/25/25"), 3, false));
        Path data = tmp.resolve("empty-db");
        Cli.Run imported = Cli.run("import", "--data", data.toString(), first.outDir().toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("4 new articles", "8 spans", "2 relations", "1 sources", "1 claims");
        Path second = tmp.resolve("second");
        Cli.Run again = Cli.run("export", "--data", data.toString(), "--status", "all", "--split", "50/25/25",
                "--seed", "3", "--out", second.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(second.resolve("manifest.json").toFile()).get("files"))
                .isEqualTo(json.readTree(first.outDir().resolve("manifest.json").toFile()).get("files"));
        for (String file : List.of("train.jsonl", "validation.jsonl", "test.jsonl", "sources.jsonl", "claims.jsonl",
                "comments.jsonl")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.outDir().resolve(file)));
        }
        Cli.Run twice = Cli.run("import", "--data", data.toString(), first.outDir().toString());
        assertThat(twice.out()).as("importing again adds nothing").contains("0 new articles", "4 skipped as duplicates");
    }

    @Test
    void aTamperedExportIsRefusedWhole() throws Exception {
        ExportResult r = run(ExportRequest.of("jsonl", tmp.resolve("tampered")));
        Files.writeString(r.outDir().resolve("data.jsonl"), "{}\n", java.nio.file.StandardOpenOption.APPEND);
        Cli.Run imported = Cli.run("import", "--data", tmp.resolve("db").toString(), r.outDir().toString());
        assertThat(imported.exit()).isEqualTo(2);
        assertThat(imported.err()).contains("manifest.json", "data.jsonl: checksum differs", "nothing imported");
    }

    @Test
    void bratComesBackOntoItsArticlesAndIntoAnEmptyDatabase() throws Exception {
        ExportResult r = run(ExportRequest.of("brat", tmp.resolve("brat")));
        int before = dsl.fetchCount(org.corpusdesk.jooq.Tables.ANNOTATION);
        DatasetImportReport back = As.user(f.cora.id(), "cora", Role.CURATOR, () -> {
            try {
                return brat.importFolder(r.outDir());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(back.articles()).isZero();
        assertThat(back.duplicates()).as("matched existing articles").isEqualTo(3);
        assertThat(back.problems()).isEmpty();
        assertThat(dsl.fetchCount(org.corpusdesk.jooq.Tables.ANNOTATION)).as("no span doubled").isEqualTo(before);

        Cli.Run fresh = Cli.run("import", "--data", tmp.resolve("brat-db").toString(), r.outDir().toString());
        assertThat(fresh.exit()).as(fresh.err()).isZero();
        assertThat(fresh.out()).contains("3 new articles", "7 spans", "2 relations");
        Cli.Run spans = Cli.run("sql", "--data", tmp.resolve("brat-db").toString(),
                "SELECT label, text, annotator, figure, verdict FROM v_annotation WHERE label = 'CLAIM' ORDER BY id");
        assertThat(spans.out()).contains("more than 1,250 people were evacuated", "ed", "1250", "supported");
    }

    @Test
    void aBrokenBratFolderIsReportedByFileAndLine() throws Exception {
        Path dir = tmp.resolve("hand-made");
        Files.createDirectories(dir);
        String text = "🙂 The ministry said 40 tanks were hit.";
        Files.writeString(dir.resolve("a.txt"), text);
        Files.writeString(dir.resolve("a.ann"), String.join("\n",
                "T1\tSOURCE 2 14\tThe ministry",
                "T2\tCLAIM 20 37\t40 tanks were hit",
                "T3\tSOURCE 3 14\tThe ministry",
                "E1\tAttack:T2",
                "R1\tAttribution Arg1:T2 Arg2:T1",
                "#1\tAnnotatorNotes T2\tfrom a briefing") + "\n");
        Cli.Run r = Cli.run("import", "--data", tmp.resolve("hand-db").toString(), dir.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("a.ann:3", "code points", "a.ann:4", "E1: event Attack has no claim argument");
        assertThat(r.out()).contains("1 new articles", "2 spans", "1 relations");
        assertThat(Cli.run("sql", "--data", tmp.resolve("hand-db").toString(),
                "SELECT note FROM v_annotation WHERE label = 'CLAIM'").out()).contains("from a briefing");
    }
}

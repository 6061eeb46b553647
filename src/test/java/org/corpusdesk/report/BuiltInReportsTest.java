package org.corpusdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusdesk.annotation.AnnotationDraft;
import org.corpusdesk.annotation.LabelKind;
import org.corpusdesk.export.ExportFixture;
import org.corpusdesk.export.ExportFixtureTest;
import org.corpusdesk.support.As;
import org.corpusdesk.support.ServiceTest;
import org.corpusdesk.user.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** Every built-in report against the export fixture (plus a contradiction, revisions and import problems). */
@ServiceTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:reports;DB_CLOSE_DELAY=-1",
    "corpusdesk.reports-dir=target/test-reports"})
class BuiltInReportsTest extends ExportFixtureTest {

    @Autowired ReportService reports;

    @BeforeAll
    void moreFixture() {
        long claim = schema.labels().stream().filter(l -> l.kind() == LabelKind.CLAIM).findFirst().orElseThrow().id();
        long casualty = dsl.fetchSingle("SELECT id FROM claim_type WHERE code = 'casualty_figure'").get(0, Long.class);
        // the other side's figure for the same evacuation: a contradiction (tagged while the article is reopened)
        dsl.execute("UPDATE article SET status = 'IN_PROGRESS' WHERE id = ?", ExportFixture.OTHER_ID);
        ExportFixture.tag(f.ed, annotations, ExportFixture.OTHER_ID, ExportFixture.OTHER, new AnnotationDraft(claim, 0, 0,
                casualty, new BigDecimal("900"), "people", null, null, null, null, f.claimEntry), "talks would resume");
        dsl.execute("UPDATE article SET status = 'APPROVED' WHERE id = ?", ExportFixture.OTHER_ID);
        dsl.execute("INSERT INTO metadata_revision (article_id, field_name, old_value, new_value, changed_by) VALUES "
                + "(1001, 'title', 'a', 'b', ?), (1002, 'title', 'c', 'd', ?), (1001, 'outlet', 'x', 'y', ?)",
                f.ed.id(), f.cora.id(), f.ed.id());
        dsl.execute("INSERT INTO import_batch (id, started_at, origin, status) VALUES (900, CURRENT_TIMESTAMP, 'CLI', 'COMPLETED')");
        dsl.execute("INSERT INTO import_problem (batch_id, file_name, line_no, reason) VALUES "
                + "(900, 'a.jsonl', 3, 'no text'), (900, 'b.jsonl', 7, 'no text'), (900, 'c.csv', null, 'not UTF-8')");
    }

    List<Map<String, Object>> run(String name, Map<String, String> params) {
        ReportRun run = As.user(f.cora.id(), "cora", Role.CURATOR, () -> {
            try {
                return reports.run(name, params);
            } catch (QueryRejectedException e) {
                throw new AssertionError(e.getMessage());
            }
        });
        return run.result().rows().stream().map(r -> {
            Map<String, Object> m = new HashMap<>();
            for (int i = 0; i < r.size(); i++) {
                Object v = r.get(i);
                m.put(run.result().columns().get(i).toLowerCase(), v instanceof Number n && !(v instanceof BigDecimal bd && bd.scale() > 0)
                        ? (Object) n.longValue() : v);
            }
            return m;
        }).toList();
    }

    String svg(String name) {
        return As.user(f.cora.id(), "cora", Role.CURATOR, () -> {
            try {
                return reports.run(name, Map.of()).svg();
            } catch (QueryRejectedException e) {
                throw new AssertionError(e.getMessage());
            }
        });
    }

    /** Bars name what they count; a chart of one day's data shows that day's points. */
    @Test
    void chartsNameTheirBarsAndDrawASingleDay() {
        assertThat(svg("sources_by_outlet")).contains("Daily Example · Russian Foreign Ministry",
                "Other Wire · Russian Foreign Ministry");
        String perDay = svg("progress_by_editor_day");
        assertThat(perDay).as("the fixture's spans were all made today").contains("<circle");
        assertThat(perDay.split("<circle", -1)).hasSize(3);
    }

    List<Map<String, Object>> run(String name) {
        return run(name, Map.of());
    }

    @Test
    void progressCountsArticlesPerStatusForAllOrOneOutlet() {
        assertThat(run("progress_by_status")).containsExactly(Map.of("status", "NEW", "articles", 1L),
                Map.of("status", "APPROVED", "articles", 3L));
        assertThat(run("progress_by_status", Map.of("outlet", "Other Wire")))
                .containsExactly(Map.of("status", "APPROVED", "articles", 1L));
    }

    @Test
    void progressPerEditorAndDayCountsEachAnnotatorsSpans() {
        List<Map<String, Object>> rows = run("progress_by_editor_day");
        assertThat(rows).extracting(r -> r.get("annotator") + "=" + r.get("spans")).containsExactly("cora=1", "ed=8");
        assertThat(run("progress_by_editor_day", Map.of("to", "2000-01-01"))).isEmpty();
        assertThat(run("progress_by_editor_day", Map.of("label", "cue")))
                .extracting(r -> r.get("annotator") + "=" + r.get("spans")).containsExactly("ed=1");
    }

    @Test
    void labelDistributionCountsSpansAndArticlesPerLabel() {
        assertThat(run("label_distribution")).extracting(r -> r.get("label") + ":" + r.get("spans") + "/" + r.get("articles"))
                .containsExactly("CLAIM:4/4", "SOURCE:4/3", "CUE:1/1");
        assertThat(run("label_distribution", Map.of("outlet", "Other Wire")))
                .extracting(r -> r.get("label") + ":" + r.get("spans")).containsExactly("CLAIM:1", "SOURCE:1");
    }

    @Test
    void sourcesByMentionsAndByOutlet() {
        assertThat(run("top_sources")).containsExactly(Map.of("source", "Russian Foreign Ministry",
                "mentions", 2L, "articles", 2L, "outlets", 2L));
        assertThat(run("sources_by_outlet")).extracting(r -> r.get("outlet") + "/" + r.get("source") + "=" + r.get("mentions"))
                .containsExactly("Daily Example/Russian Foreign Ministry=1", "Other Wire/Russian Foreign Ministry=1");
    }

    @Test
    void claimsPerSourceWithVerdicts() {
        assertThat(run("claims_per_source")).containsExactly(Map.of("source", "Russian Foreign Ministry", "claims", 2L,
                "supported", 1L, "disputed", 0L, "refuted", 0L, "unverified", 1L));
    }

    @Test
    void corroborationCountsArticlesAndOutletsOfEachCanonicalClaim() {
        assertThat(run("corroboration")).singleElement().satisfies(r -> {
            assertThat(r.get("articles")).isEqualTo(3L);
            assertThat(r.get("outlets")).isEqualTo(2L);
            assertThat(r.get("verdict")).isEqualTo("supported");
        });
    }

    @Test
    void contradictionsListEachFigureForTheSameSubjectWithItsSource() {
        List<Map<String, Object>> rows = run("contradictions");
        assertThat(rows).extracting(r -> r.get("subject") + " " + ((BigDecimal) r.get("figure")).stripTrailingZeros()
                .toPlainString() + " " + r.get("source"))
                .containsExactly("evacuation 1250 Russian Foreign Ministry", "evacuation 900 (unattributed)");
        assertThat(rows).extracting(r -> r.get("compared_within")).containsOnly("canonical claim " + f.claimEntry);
        assertThat(run("contradictions", Map.of("claim_type", "military_loss"))).isEmpty();
    }

    @Test
    void metadataCorrectionsImportProblemsAndStories() {
        assertThat(run("metadata_corrections")).extracting(r -> r.get("field") + ":" + r.get("corrections") + "/" + r.get("editors"))
                .containsExactly("title:2/2", "outlet:1/1");
        assertThat(run("import_problems")).extracting(r -> r.get("reason") + ":" + r.get("problems") + "/" + r.get("files"))
                .containsExactly("no text:2/2", "not UTF-8:1/1");
        assertThat(run("story_clusters")).singleElement().satisfies(r -> {
            assertThat(r.get("story_cluster")).isEqualTo(1001L);
            assertThat(r.get("articles")).isEqualTo(2L);
            assertThat(r.get("outlets")).isEqualTo(2L);
        });
    }

    @Test
    void everyReportHasATitleDescriptionAndAChartThatDraws() throws QueryRejectedException {
        assertThat(reports.reports()).hasSizeGreaterThanOrEqualTo(11);
        for (ReportDefinition r : reports.reports()) {
            assertThat(r.title()).as(r.name()).isNotEqualTo(r.name());
            assertThat(r.description()).as(r.name()).isNotBlank();
            ReportRun run = As.user(f.cora.id(), "cora", Role.CURATOR, () -> {
                try {
                    return reports.run(r.name(), Map.of());
                } catch (QueryRejectedException e) {
                    throw new AssertionError(r.name() + ": " + e.getMessage());
                }
            });
            if (!r.chart().type().equals("none") && !run.result().rows().isEmpty()) {
                assertThat(run.svg()).as(r.name()).startsWith("<svg").endsWith("</svg>");
            }
        }
    }

    @Test
    void aReportIsAddedByDroppingASqlFileIntoTheReportsFolder() throws Exception {
        Path folder = Path.of("target/test-reports");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("outlets.sql"), """
                -- title: Articles per outlet
                -- description: A report added as a file.
                -- chart: bar label=outlet value=n
                SELECT outlet, COUNT(*) AS n FROM v_article GROUP BY outlet ORDER BY n DESC, outlet
                """);
        try {
            assertThat(run("outlets")).extracting(r -> r.get("outlet") + "=" + r.get("n"))
                    .containsExactly("Daily Example=3", "Other Wire=1");
        } finally {
            Files.delete(folder.resolve("outlets.sql"));
        }
    }

    @Test
    void unknownReportsParametersAndBadValuesAreNamedAndEditorsCannotRunReports() {
        assertThatThrownBy(() -> run("nope")).hasMessageContaining("no report 'nope'");
        assertThatThrownBy(() -> run("progress_by_status", Map.of("outle", "x")))
                .hasMessageContaining("no parameter 'outle'").hasMessageContaining("outlet");
        assertThatThrownBy(() -> run("metadata_corrections", Map.of("from", "yesterday")))
                .hasMessageContaining("from").hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> As.user(f.ed.id(), "ed", Role.EDITOR, () -> {
            try {
                return reports.run("progress_by_status", Map.of());
            } catch (QueryRejectedException e) {
                throw new AssertionError(e);
            }
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void chartTextsAreEscaped() {
        String svg = SvgChart.render(new ReportDefinition.Chart("bar", "t", List.of("n"), null),
                new QueryResult(List.of("T", "N"), List.of(List.of("<script>alert(1)</script>", 3)), false));
        assertThat(svg).contains("&lt;script&gt;").doesNotContain("<script>");
    }
}

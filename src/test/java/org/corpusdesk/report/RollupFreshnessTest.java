package org.corpusdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.corpusdesk.article.ArticleEditService;
import org.corpusdesk.article.ArticleStatus;
import org.corpusdesk.export.ExportFixture;
import org.corpusdesk.export.ExportFixtureTest;
import org.corpusdesk.support.As;
import org.corpusdesk.support.ServiceTest;
import org.corpusdesk.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** A report recomputes its rollups when a counted table changed since their last refresh, and only then. */
@ServiceTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:rollupfreshness;DB_CLOSE_DELAY=-1",
    "corpusdesk.reports-dir=target/test-reports"})
class RollupFreshnessTest extends ExportFixtureTest {

    @Autowired ReportService reports;
    @Autowired RollupService rollups;
    @Autowired SavedQueryService savedQueries;
    @Autowired ArticleEditService edits;
    @Autowired TransactionTemplate transaction;
    @Autowired DataSource dataSource;

    @Test
    void aReportRecountsAfterAChangeThroughTheApplicationAndNotOtherwise() {
        rollups.refresh();
        ReportRun first = run(false);
        assertThat(rollups.state().changedSince()).isFalse();
        assertThat(run(false).countsAsOf()).as("nothing changed: the same counts").isEqualTo(first.countsAsOf());

        As.user(f.cora.id(), "cora", Role.CURATOR, () -> savedQueries.save("mine", "SELECT 1 FROM v_article", false));
        assertThat(rollups.state().changedSince()).as("a saved query is not counted").isFalse();

        Map<String, Long> before = byStatus(first);
        String was = statusOf(ExportFixture.OTHER_ID);
        ArticleStatus to = was.equals("REJECTED") ? ArticleStatus.NEW : ArticleStatus.REJECTED;
        As.user(f.cora.id(), "cora", Role.CURATOR, () -> edits.setStatusOfAll(List.of(ExportFixture.OTHER_ID), to));
        assertThat(rollups.state().changedSince()).isTrue();
        assertThat(dsl.fetchSingle("SELECT changed_since FROM v_rollup_state").get(0, Boolean.class)).isTrue();

        ReportRun after = run(false);
        assertThat(after.countsAsOf()).isAfter(first.countsAsOf());
        assertThat(byStatus(after).getOrDefault(to.name(), 0L)).isEqualTo(before.getOrDefault(to.name(), 0L) + 1);
        assertThat(byStatus(after).getOrDefault(was, 0L)).isEqualTo(before.get(was) - 1);
        assertThat(rollups.state().changedSince()).isFalse();
        assertThat(dsl.fetchSingle("SELECT changed_since FROM v_rollup_state").get(0, Boolean.class)).isFalse();
    }

    @Test
    void aRolledBackWriteIsNotAChangeAndAWriteOutsideATransactionOrInABatchIs() {
        rollups.refresh();
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            dsl.execute("UPDATE article SET outlet = 'Elsewhere' WHERE id = ?", ExportFixture.OTHER_ID);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(rollups.state().changedSince()).isFalse();

        dsl.batch("UPDATE label SET name = name WHERE id < 0").execute();
        assertThat(rollups.state().changedSince()).as("a batch outside a transaction").isTrue();

        rollups.refresh();
        transaction.executeWithoutResult(tx -> dsl.execute("UPDATE article SET outlet = outlet WHERE id = ?",
                ExportFixture.OTHER_ID));
        assertThat(rollups.state().changedSince()).as("a committed transaction").isTrue();
    }

    @Test
    void rowsWrittenBehindTheApplicationsBackShowOnRecountOrOnceTheCountsAreOld() throws Exception {
        rollups.refresh();
        Map<String, Long> before = byStatus(run(false));
        String was = statusOf(ExportFixture.OTHER_ID);
        String to = was.equals("REJECTED") ? "NEW" : "REJECTED";
        jdbc("UPDATE article SET status = '" + to + "' WHERE id = " + ExportFixture.OTHER_ID);

        assertThat(byStatus(run(false))).as("not seen: written around the application").isEqualTo(before);
        assertThat(byStatus(run(true)).getOrDefault(to, 0L)).isEqualTo(before.getOrDefault(to, 0L) + 1);

        jdbc("UPDATE article SET status = '" + was + "' WHERE id = " + ExportFixture.OTHER_ID);
        jdbc("UPDATE rollup_state SET refreshed_at = DATEADD(HOUR, -1, refreshed_at)");
        assertThat(byStatus(run(false))).as("older than the maximum age: recounted").isEqualTo(before);
    }

    @Test
    void onABigCorpusUnchangedCountsAreKeptAndChangedOnesRecountedOnceOld() throws Exception {
        rollups.refresh();
        jdbc("UPDATE rollup_state SET refresh_millis = 60000, refreshed_at = DATEADD(HOUR, -1, refreshed_at)");
        java.time.OffsetDateTime aged = rollups.state().refreshedAt();
        assertThat(run(false).countsAsOf()).as("unchanged: an hour-old minute-long refresh is not redone").isEqualTo(aged);
        assertThat(rollups.refreshIfChangedAndOlderThan(java.time.Duration.ofMinutes(15)).refreshedAt())
                .as("nor in the background").isEqualTo(aged);

        jdbc("UPDATE rollup_state SET refreshed_at = CURRENT_TIMESTAMP");
        java.time.OffsetDateTime young = rollups.state().refreshedAt();
        transaction.executeWithoutResult(tx -> dsl.execute("UPDATE article SET outlet = outlet WHERE id = ?",
                ExportFixture.OTHER_ID));
        assertThat(run(false).countsAsOf()).as("changed, but counted a moment ago").isEqualTo(young);
        assertThat(rollups.refreshIfChangedAndOlderThan(java.time.Duration.ofMinutes(15)).refreshedAt()).isEqualTo(young);

        jdbc("UPDATE rollup_state SET refreshed_at = DATEADD(HOUR, -1, refreshed_at)");
        assertThat(rollups.refreshIfChangedAndOlderThan(java.time.Duration.ofMinutes(15)).refreshedAt())
                .as("changed and old: the background recounts").isAfter(young);
        assertThat(rollups.state().changedSince()).isFalse();
    }

    @Test
    void reportsAskingAtOnceAfterAChangeRecountOnce() throws Exception {
        rollups.refresh();
        transaction.executeWithoutResult(tx -> dsl.execute("UPDATE article SET outlet = outlet WHERE id = ?",
                ExportFixture.OTHER_ID));
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(3);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(3)) {
            List<java.util.concurrent.Future<RollupService.State>> asked = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                asked.add(pool.submit(() -> {
                    together.await();
                    return rollups.ensureFresh();
                }));
            }
            Set<java.time.OffsetDateTime> countsAsOf = new java.util.HashSet<>();
            for (var a : asked) {
                countsAsOf.add(a.get().refreshedAt());
            }
            assertThat(countsAsOf).as("one recount, whose counts all three use").hasSize(1);
        }
    }

    @Test
    void theCountedTablesAreExactlyTheOnesTheRefreshReads() {
        Set<String> read = new TreeSet<>();
        Matcher m = Pattern.compile("(?i)\\b(?:FROM|JOIN)\\s+(\\w+)").matcher(String.join(" ", RollupService.REFRESH));
        while (m.find()) {
            String table = m.group(1).toLowerCase();
            if (!table.startsWith("rollup_") && !table.equals("select")) {
                read.add(table);
            }
        }
        assertThat(read).isEqualTo(new TreeSet<>(RollupService.COUNTED));
    }

    @Test
    void writesAreRecognisedWhateverTheQuotingOrSchema() {
        assertThat(RollupChangeCounter.writesCounted("insert into PUBLIC.ANNOTATION (id) values (?)")).isTrue();
        assertThat(RollupChangeCounter.writesCounted("update \"PUBLIC\".\"ARTICLE\" set status = ?")).isTrue();
        assertThat(RollupChangeCounter.writesCounted("  DELETE FROM label WHERE id = 1")).isTrue();
        assertThat(RollupChangeCounter.writesCounted("merge into registry_source using x on (1=1)")).isTrue();
        assertThat(RollupChangeCounter.writesCounted("insert into audit_event (id) values (1)")).isFalse();
        assertThat(RollupChangeCounter.writesCounted("select * from article")).isFalse();
        assertThat(RollupChangeCounter.writesCounted("update article_assignment set status = ?")).isFalse();
    }

    private ReportRun run(boolean recount) {
        return As.user(f.cora.id(), "cora", Role.CURATOR, () -> {
            try {
                return reports.run("progress_by_status", Map.of(), recount);
            } catch (QueryRejectedException e) {
                throw new AssertionError(e.getMessage());
            }
        });
    }

    private static Map<String, Long> byStatus(ReportRun run) {
        Map<String, Long> counts = new HashMap<>();
        run.result().rows().forEach(r -> counts.put((String) r.get(0), ((Number) r.get(1)).longValue()));
        return counts;
    }

    private String statusOf(long article) {
        return dsl.fetchSingle("SELECT status FROM article WHERE id = ?", article).get(0, String.class);
    }

    private void jdbc(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}

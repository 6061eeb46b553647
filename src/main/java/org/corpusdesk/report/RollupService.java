package org.corpusdesk.report;

import static org.corpusdesk.jooq.Tables.DATA_CHANGE;
import static org.corpusdesk.jooq.Tables.ROLLUP_STATE;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.corpusdesk.shared.CorpusDeskSettings;
import org.springframework.beans.factory.ObjectFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The report rollups (V13): counts the heavy reports read, so that they answer in milliseconds on millions of
 * spans. Each refresh recomputes them whole in one transaction (readers see the old counts until it commits).
 * Policy: when the last refresh took under a second it is redone before a report whenever a counted table changed
 * since (the {@code data_change} counter, raised by {@link RollupChangeCounter}), so small and medium corpora are
 * always current, and once the counts are older than {@code corpusdesk.reports.max-age} (default 30 minutes)
 * whatever the counter says, which catches rows written around the application. On a big corpus a report
 * refreshes first only when something changed and the counts are older than that age, and the web app refreshes
 * them in the background once they are half that old and something changed: unchanged data is never recounted
 * there. Every report shows the time of its counts. The state is read with plain JDBC: a report on unchanged
 * data loads no jOOQ, which would cost a scripted {@code report} command more than its query (docs/benchmarks.md).
 */
@Service
public class RollupService {

    /**
     * When the counts were computed and how long that took ({@code refreshedAt} null before the first refresh), and
     * whether a counted table changed since.
     */
    public record State(OffsetDateTime refreshedAt, Long millis, boolean changedSince) {
    }

    static final long CHEAP_MILLIS = 1_000;
    /** How many stories (the largest) rollup_story keeps; the report shows the first 200. */
    static final int STORIES_KEPT = 1_000;

    static final List<String> REFRESH = List.of(
            "DELETE FROM rollup_article_count",
            "INSERT INTO rollup_article_count (status, outlet, articles) "
                    + "SELECT status, outlet, COUNT(*) FROM article GROUP BY outlet, status",
            "DELETE FROM rollup_span_day",
            "INSERT INTO rollup_span_day (on_day, annotator, label, spans) "
                    + "SELECT x.on_day, u.username, l.name, SUM(x.spans) FROM (SELECT CAST(n.created_at AS DATE) AS on_day, "
                    + "n.annotator_id, n.label_id, COUNT(*) AS spans FROM annotation n GROUP BY CAST(n.created_at AS DATE), "
                    + "n.annotator_id, n.label_id) x LEFT JOIN app_user u ON u.id = x.annotator_id "
                    + "LEFT JOIN label l ON l.id = x.label_id GROUP BY x.on_day, u.username, l.name",
            "DELETE FROM rollup_label_count",
            // per article and label first (annotation only, in index order), then one article lookup per pair
            "INSERT INTO rollup_label_count (label, kind, outlet, spans, articles) "
                    + "SELECT l.name, l.kind, a.outlet, SUM(x.spans), COUNT(*) FROM (SELECT n.article_id, n.label_id, "
                    + "COUNT(*) AS spans FROM annotation n GROUP BY n.article_id, n.label_id) x "
                    + "LEFT JOIN label l ON l.id = x.label_id LEFT JOIN article a ON a.id = x.article_id "
                    + "GROUP BY l.name, l.kind, a.outlet",
            "DELETE FROM rollup_story",
            "INSERT INTO rollup_story (story_cluster, first_title, articles, outlets, duplicates) "
                    + "SELECT story_cluster, MIN(title), COUNT(*), COUNT(DISTINCT outlet), "
                    + "SUM(CASE WHEN duplicate_of IS NOT NULL THEN 1 ELSE 0 END) FROM article "
                    + "GROUP BY story_cluster HAVING COUNT(*) > 1 "
                    // the largest stories only: H2 reads a view whole before ordering it, 333k rows took 0.8-1.1 s
                    + "ORDER BY COUNT(*) DESC, story_cluster FETCH FIRST " + STORIES_KEPT + " ROWS ONLY",
            "DELETE FROM rollup_source_outlet",
            // from the mentions outwards: "> 0" lets H2 read them from the source_id index
            "INSERT INTO rollup_source_outlet (outlet, source, mentions, articles) "
                    + "SELECT a.outlet, rs.name, COUNT(*), COUNT(DISTINCT n.article_id) FROM annotation n "
                    + "LEFT JOIN registry_source rs ON rs.id = n.source_id LEFT JOIN article a ON a.id = n.article_id "
                    + "WHERE n.source_id > 0 GROUP BY a.outlet, rs.name",
            "DELETE FROM rollup_source_claim",
            "INSERT INTO rollup_source_claim (source, verdict, claims) "
                    + "SELECT rs.name, v.code, COUNT(*) FROM attribution t "
                    + "LEFT JOIN annotation s ON s.id = t.source_annotation_id "
                    + "LEFT JOIN annotation c ON c.id = t.claim_annotation_id "
                    + "LEFT JOIN registry_source rs ON rs.id = s.source_id "
                    + "LEFT JOIN verdict v ON v.id = c.verdict_id "
                    + "WHERE rs.name IS NOT NULL GROUP BY rs.name, v.code",
            "DELETE FROM rollup_figure",
            // compared within a canonical claim, else within the story (the event) the article tells
            "INSERT INTO rollup_figure (claim_type, subject, figure, figure_unit, source, mentions, example, claim_id, "
                    + "story_cluster) "
                    + "SELECT ct.code, COALESCE(rc.subject, n.figure_unit), n.figure, n.figure_unit, "
                    + "COALESCE(rs.name, s.covered_text, '(unattributed)'), COUNT(*), MIN(n.covered_text), "
                    + "COALESCE(rc.merged_into, rc.id), CASE WHEN rc.id IS NULL THEN a.story_cluster END "
                    + "FROM annotation n "
                    + "JOIN article a ON a.id = n.article_id "
                    + "LEFT JOIN claim_type ct ON ct.id = n.claim_type_id "
                    + "LEFT JOIN registry_claim rc ON rc.id = n.claim_id "
                    + "LEFT JOIN attribution t ON t.claim_annotation_id = n.id "
                    + "LEFT JOIN annotation s ON s.id = t.source_annotation_id "
                    + "LEFT JOIN registry_source rs ON rs.id = s.source_id "
                    + "WHERE n.figure IS NOT NULL AND ct.code IS NOT NULL "
                    + "GROUP BY ct.code, COALESCE(rc.subject, n.figure_unit), n.figure, n.figure_unit, "
                    + "COALESCE(rc.merged_into, rc.id), CASE WHEN rc.id IS NULL THEN a.story_cluster END, "
                    + "COALESCE(rs.name, s.covered_text, '(unattributed)')");

    /** The tables REFRESH reads: a write to any of them raises the change counter. */
    static final Set<String> COUNTED = Set.of("article", "annotation", "attribution", "label", "app_user",
            "registry_source", "registry_claim", "verdict", "claim_type");

    private static final String STATE = "SELECT refreshed_at, refresh_millis, changed_since FROM v_rollup_state";

    private final Supplier<DSLContext> dsl;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Duration maxAge;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile java.util.Map<String, Long> lastTimings = java.util.Map.of();

    /** jOOQ is asked for only when the rollups are recomputed. */
    public RollupService(ObjectFactory<DSLContext> dsl, DataSource dataSource, PlatformTransactionManager transactions,
            CorpusDeskSettings settings) {
        this.dsl = SingletonSupplier.of(dsl::getObject);
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.maxAge = settings.reports().maxAge();
    }

    public State state() {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(STATE)) {
            if (!r.next()) {
                return new State(null, null, true);
            }
            long millis = r.getLong(2);
            Long refreshMillis = r.wasNull() ? null : millis;
            return new State(r.getObject(1, OffsetDateTime.class), refreshMillis, r.getBoolean(3));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the report rollups' state: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** Recomputes every rollup now (one at a time: a second caller waits and then finds them fresh). */
    public State refresh() {
        refreshing.lock();
        try {
            long start = System.nanoTime();
            DSLContext dsl = this.dsl.get();
            transaction.executeWithoutResult(tx -> {
                // read before counting: a change committed after this read raises the counter past it
                Long changes = dsl.select(DATA_CHANGE.CHANGES).from(DATA_CHANGE).where(DATA_CHANGE.ID.eq(1)).fetchOne(
                        DATA_CHANGE.CHANGES);
                java.util.Map<String, Long> timings = new java.util.LinkedHashMap<>();
                for (String sql : REFRESH) {
                    long t = System.nanoTime();
                    dsl.execute(sql);
                    if (sql.startsWith("INSERT INTO ")) {
                        timings.put(sql.substring(12, sql.indexOf(' ', 12)), (System.nanoTime() - t) / 1_000_000);
                    }
                }
                lastTimings = timings;
                dsl.update(ROLLUP_STATE).set(ROLLUP_STATE.REFRESHED_AT, OffsetDateTime.now())
                        .set(ROLLUP_STATE.REFRESH_MILLIS, (System.nanoTime() - start) / 1_000_000)
                        .set(ROLLUP_STATE.CHANGES_COUNTED, changes)
                        .where(ROLLUP_STATE.ID.eq(1)).execute();
            });
            return state();
        } finally {
            refreshing.unlock();
        }
    }

    /** In the background: refreshes when something changed and the counts are older than {@code age}. */
    public State refreshIfChangedAndOlderThan(Duration age) {
        State s = state();
        return s.refreshedAt() == null || s.changedSince() && olderThan(s, age) ? refresh() : s;
    }

    /**
     * Before a report: refreshes when the counts were never computed; when something changed and a refresh is cheap
     * or the counts are older than the allowed age; and, when a refresh is cheap, once they are older than that age
     * whatever the counter says (rows written around the application). Returns the state used.
     */
    public State ensureFresh() {
        State s = state();
        if (!due(s)) {
            return s;
        }
        refreshing.lock();
        try {
            s = state(); // a report that asked at the same time may have just recounted them
            return due(s) ? refresh() : s;
        } finally {
            refreshing.unlock();
        }
    }

    private boolean due(State s) {
        if (s.refreshedAt() == null || s.millis() == null) {
            return true;
        }
        boolean cheap = s.millis() < CHEAP_MILLIS;
        boolean old = olderThan(s, maxAge);
        return s.changedSince() && (cheap || old) || cheap && old;
    }

    private static boolean olderThan(State s, Duration age) {
        return s.refreshedAt().isBefore(OffsetDateTime.now().minus(age));
    }

    /** Milliseconds per rollup table in the last refresh (for the benchmark). */
    public java.util.Map<String, Long> lastTimings() {
        return lastTimings;
    }

    public Duration maxAge() {
        return maxAge;
    }
}

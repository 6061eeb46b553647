package org.corpusdesk.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.SplittableRandom;

/**
 * Fills a database for the export benchmark: N approved articles of about 1,500 characters, each with ten
 * spans (sources linked to one of 50 registry entries, cues, claims with type, figure and verdict) and one
 * attribution, in stories of three.
 */
public final class ExportBenchmark {

    public static final int SPANS_PER_ARTICLE = 10;

    private ExportBenchmark() {
    }

    /** Inserts the corpus with plain JDBC batches; returns seconds taken. */
    public static double populate(Connection c, int n, long seed) throws SQLException {
        long start = System.nanoTime();
        c.setAutoCommit(false);
        try (var s = c.createStatement()) {
            s.execute("INSERT INTO app_user (id, username, role) VALUES (1000001, 'bench-editor', 'EDITOR')");
        }
        long source = labelId(c, "SOURCE");
        long claim = labelId(c, "CLAIM");
        long cue = labelId(c, "CUE");
        long firstSource;
        try (var s = c.createStatement()) {
            s.execute("INSERT INTO registry_source (name, kind) SELECT 'Bench source ' || X, 'GOVERNMENT' FROM SYSTEM_RANGE(1, 50)");
            try (var r = s.executeQuery("SELECT MIN(id) FROM registry_source WHERE name LIKE 'Bench source %'")) {
                r.next();
                firstSource = r.getLong(1);
            }
        }
        long firstType = minId(c, "claim_type");
        long firstVerdict = minId(c, "verdict");
        SplittableRandom random = new SplittableRandom(seed);
        SyntheticCorpus words = new SyntheticCorpus(seed, 300);
        long annotationId = 1;
        try (PreparedStatement article = c.prepareStatement("INSERT INTO article (id, raw_text, clean_text, "
                + "clean_cp_length, title, outlet, language, status, content_hash, story_cluster, published_on, url, "
                + "annotation_count) VALUES (?, ?, ?, ?, ?, ?, 'en', 'APPROVED', ?, ?, ?, ?, ?)");
             PreparedStatement annotation = c.prepareStatement("INSERT INTO annotation (id, article_id, annotator_id, "
                     + "label_id, start_cp, end_cp, covered_text, figure, figure_unit, note, source_id, claim_type_id, "
                     + "verdict_id) VALUES (?, ?, 1000001, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement attribution = c.prepareStatement("INSERT INTO attribution (claim_annotation_id, "
                     + "source_annotation_id, cue_annotation_id) VALUES (?, ?, ?)")) {
            for (int i = 1; i <= n; i++) {
                String text = words.sentenceText(random, 220);
                article.setLong(1, i);
                article.setString(2, text);
                article.setString(3, text);
                article.setInt(4, text.length());
                article.setString(5, words.sentenceText(random, 8));
                article.setString(6, "Outlet " + random.nextInt(50));
                article.setString(7, "export-bench-" + i);
                article.setLong(8, 1 + (i - 1) / 3);
                article.setObject(9, java.time.LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)));
                article.setString(10, "https://example.org/article/" + i);
                article.setInt(11, SPANS_PER_ARTICLE);
                article.addBatch();
                long first = annotationId;
                int step = Math.max(1, text.length() / SPANS_PER_ARTICLE);
                for (int k = 0; k < SPANS_PER_ARTICLE; k++) {
                    int from = k * step;
                    int to = Math.min(text.length(), from + Math.min(step, 40));
                    long label = k % 3 == 0 ? source : k % 3 == 1 ? cue : claim;
                    annotation.setLong(1, annotationId++);
                    annotation.setLong(2, i);
                    annotation.setLong(3, label);
                    annotation.setInt(4, from);
                    annotation.setInt(5, to);
                    annotation.setString(6, text.substring(from, to));
                    annotation.setObject(7, label == claim ? java.math.BigDecimal.valueOf(random.nextInt(2000)) : null);
                    annotation.setString(8, label == claim ? "people" : null);
                    annotation.setString(9, label == claim ? "figure from the ministry" : null);
                    annotation.setObject(10, label == source ? firstSource + random.nextInt(50) : null);
                    annotation.setObject(11, label == claim ? firstType + random.nextInt(6) : null);
                    annotation.setObject(12, label == claim ? firstVerdict + random.nextInt(4) : null);
                    annotation.addBatch();
                }
                attribution.setLong(1, first + 2);
                attribution.setLong(2, first);
                attribution.setLong(3, first + 1);
                attribution.addBatch();
                if (i % 2_000 == 0) {
                    article.executeBatch();
                    annotation.executeBatch();
                    attribution.executeBatch();
                    c.commit();
                }
            }
            article.executeBatch();
            annotation.executeBatch();
            attribution.executeBatch();
            c.commit();
        }
        try (var s = c.createStatement()) {
            s.execute("ALTER TABLE annotation ALTER COLUMN id RESTART WITH " + annotationId);
        }
        c.commit();
        return (System.nanoTime() - start) / 1e9;
    }

    private static long minId(Connection c, String table) throws SQLException {
        try (var s = c.createStatement(); var r = s.executeQuery("SELECT MIN(id) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    static long labelId(Connection c, String name) throws SQLException {
        try (var s = c.prepareStatement("SELECT id FROM label WHERE name = ?")) {
            s.setString(1, name);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}

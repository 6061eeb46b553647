package org.corpusdesk.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.SplittableRandom;

/**
 * Fills a database for the agreement benchmark: N articles of about 1,500 characters, each annotated by two editors
 * with ten spans each (Source, Cue, Claim) and one attribution each; the second editor's spans are the first's, but
 * one in five ends a few characters later and one in ten has another label, as double annotation goes.
 */
public final class AgreementBenchmark {

    public static final int SPANS_PER_LAYER = 10;

    private AgreementBenchmark() {
    }

    /** Inserts the corpus with plain JDBC batches; returns seconds taken. */
    public static double populate(Connection c, int n, long seed) throws SQLException {
        long start = System.nanoTime();
        c.setAutoCommit(false);
        try (var s = c.createStatement()) {
            s.execute("INSERT INTO app_user (id, username, role) VALUES (1000001, 'bench-a', 'EDITOR'), "
                    + "(1000002, 'bench-b', 'EDITOR')");
        }
        long[] labels = {ExportBenchmark.labelId(c, "SOURCE"), ExportBenchmark.labelId(c, "CUE"),
                ExportBenchmark.labelId(c, "CLAIM")};
        SplittableRandom random = new SplittableRandom(seed);
        SyntheticCorpus words = new SyntheticCorpus(seed, 300);
        long annotationId = 1;
        try (PreparedStatement article = c.prepareStatement("INSERT INTO article (id, raw_text, clean_text, "
                + "clean_cp_length, title, outlet, language, status, content_hash, story_cluster, annotation_count) "
                + "VALUES (?, ?, ?, ?, ?, 'Bench', 'en', 'DONE', ?, ?, ?)");
             PreparedStatement annotation = c.prepareStatement("INSERT INTO annotation (id, article_id, annotator_id, "
                     + "label_id, start_cp, end_cp, covered_text) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement attribution = c.prepareStatement("INSERT INTO attribution (claim_annotation_id, "
                     + "source_annotation_id, cue_annotation_id) VALUES (?, ?, ?)")) {
            for (int i = 1; i <= n; i++) {
                String text = words.sentenceText(random, 220);
                article.setLong(1, i);
                article.setString(2, text);
                article.setString(3, text);
                article.setInt(4, text.length());
                article.setString(5, "Agreement " + i);
                article.setString(6, "agreement-bench-" + i);
                article.setLong(7, i);
                article.setInt(8, 2 * SPANS_PER_LAYER);
                article.addBatch();
                int step = Math.max(1, text.length() / SPANS_PER_LAYER);
                for (long annotator = 1000001; annotator <= 1000002; annotator++) {
                    long first = annotationId;
                    for (int k = 0; k < SPANS_PER_LAYER; k++) {
                        int from = k * step;
                        int to = Math.min(text.length(), from + Math.min(step - 5, 40));
                        int kind = k % 3;
                        if (annotator == 1000002) {
                            int roll = random.nextInt(10);
                            if (roll < 2) {
                                to = Math.min(text.length(), to + 1 + random.nextInt(4));
                            } else if (roll == 2) {
                                kind = (kind + 1) % 3;
                            }
                        }
                        annotation.setLong(1, annotationId++);
                        annotation.setLong(2, i);
                        annotation.setLong(3, annotator);
                        annotation.setLong(4, labels[kind]);
                        annotation.setInt(5, from);
                        annotation.setInt(6, to);
                        annotation.setString(7, text.substring(from, to));
                        annotation.addBatch();
                    }
                    attribution.setLong(1, first + 2);
                    attribution.setLong(2, first);
                    attribution.setLong(3, first + 1);
                    attribution.addBatch();
                }
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
}

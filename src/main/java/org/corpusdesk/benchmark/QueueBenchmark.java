package org.corpusdesk.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.corpusdesk.article.ArticleQueueService;
import org.corpusdesk.article.QueueFilter;
import org.corpusdesk.article.QueueSort;

/**
 * Fills a database with N small synthetic articles (every tenth with an annotation, stories of about three
 * articles) and times the queue's requests as the grid makes them: a count and one page of 50.
 */
public final class QueueBenchmark {

    public static final int PAGE = 50;
    static final String[] LANGUAGES = {"en", "en", "en", "fr", "ru", "de", "tr", "es"};
    static final String[] STATUSES = {"NEW", "NEW", "NEW", "IN_PROGRESS", "DONE", "APPROVED", "REJECTED"};

    public record Timing(String name, double medianMillis, double maxMillis, int rows, int count) {
    }

    public static boolean alreadyPopulated(Connection c, int n) throws SQLException {
        try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM article")) {
            r.next();
            return r.getLong(1) >= n;
        }
    }

    /** Editors the articles are assigned to (users {@value #EDITOR_ID} on). */
    static final int EDITORS = 10;
    static final long EDITOR_ID = 1000002;

    /** Inserts {@code n} articles with plain JDBC batches; returns seconds taken. */
    public static double populate(Connection c, int n, long seed) throws SQLException {
        long start = System.nanoTime();
        c.setAutoCommit(false);
        try (var s = c.createStatement()) {
            s.execute("INSERT INTO app_user (id, username, role) VALUES (1000001, 'bench', 'EDITOR')");
            for (int e = 0; e < EDITORS; e++) {
                s.execute("INSERT INTO app_user (id, username, role) VALUES (" + (EDITOR_ID + e) + ", 'bench-" + e
                        + "', 'EDITOR')");
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        SyntheticCorpus words = new SyntheticCorpus(seed, 300);
        try (PreparedStatement article = c.prepareStatement("INSERT INTO article (id, raw_text, clean_text, "
                + "clean_cp_length, title, outlet, language, status, content_hash, story_cluster, published_on, "
                + "annotation_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement annotation = c.prepareStatement("INSERT INTO annotation (article_id, annotator_id, "
                     + "label_id, start_cp, end_cp, covered_text) VALUES (?, 1000001, 1, 0, 5, 'words')");
             PreparedStatement assignment = c.prepareStatement("INSERT INTO article_assignment (article_id, user_id, "
                     + "status) VALUES (?, ?, ?)")) {
            for (int i = 1; i <= n; i++) {
                String text = words.sentenceText(random, 40);
                article.setLong(1, i);
                article.setString(2, text);
                article.setString(3, text);
                article.setInt(4, text.length());
                article.setString(5, words.sentenceText(random, 8));
                article.setString(6, "Outlet " + random.nextInt(50));
                article.setString(7, LANGUAGES[random.nextInt(LANGUAGES.length)]);
                String status = STATUSES[random.nextInt(STATUSES.length)];
                article.setString(8, status);
                article.setString(9, "bench-" + i);
                article.setLong(10, 1 + (i - 1) / 3);
                article.setObject(11, java.time.LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)));
                article.setInt(12, i % 10 == 0 ? 1 : 0);
                article.addBatch();
                if (i % 10 == 0) {
                    annotation.setLong(1, i);
                    annotation.addBatch();
                }
                // every article has an editor, every fifth a second one (double annotation)
                assignment.setLong(1, i);
                assignment.setLong(2, EDITOR_ID + i % EDITORS);
                assignment.setString(3, status);
                assignment.addBatch();
                if (i % 5 == 0) {
                    assignment.setLong(1, i);
                    assignment.setLong(2, EDITOR_ID + (i + 1) % EDITORS);
                    assignment.setString(3, status);
                    assignment.addBatch();
                }
                if (i % 5_000 == 0) {
                    article.executeBatch();
                    annotation.executeBatch();
                    assignment.executeBatch();
                    c.commit();
                }
            }
            article.executeBatch();
            annotation.executeBatch();
            assignment.executeBatch();
            c.commit();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Each request varies with the run number (another outlet, page or cluster), so H2 cannot answer it from the
     * result of an identical earlier query: the figures are those of fresh queries.
     */
    public static List<Timing> measure(ArticleQueueService queue) {
        Map<String, IntFunction<int[]>> cases = new LinkedHashMap<>();
        cases.put("first page (no filter, by id)", i -> runAt(queue, QueueFilter.ALL, QueueSort.ID, true, i % 3 * PAGE));
        cases.put("status NEW + outlet, by title", i -> runAt(queue,
                new QueueFilter(Set.of("NEW"), "Outlet " + i % 50, null, null, null, null, null), QueueSort.TITLE, true, 0));
        cases.put("language + annotated, by outlet desc", i -> runAt(queue,
                new QueueFilter(null, null, LANGUAGES[i % LANGUAGES.length], null, true, null, null), QueueSort.OUTLET,
                false, 0));
        cases.put("all, by title (page 1000+)", i -> runAt(queue, QueueFilter.ALL, QueueSort.TITLE, true, (1000 + i) * PAGE));
        cases.put("all, by published date desc", i -> runAt(queue, QueueFilter.ALL, QueueSort.PUBLISHED, false, i * PAGE));
        cases.put("one story cluster", i -> runAt(queue, new QueueFilter(null, null, null, 4242L + i, null, null, null),
                QueueSort.ID, true, 0));
        cases.put("one editor's assignments, by title", i -> runAt(queue,
                new QueueFilter(null, null, null, null, null, EDITOR_ID + i % EDITORS, null), QueueSort.TITLE, true, 0));
        cases.put("one editor's assignments, status NEW", i -> runAt(queue,
                new QueueFilter(Set.of("NEW"), null, null, null, null, EDITOR_ID + i % EDITORS, null), QueueSort.TITLE, true, 0));
        cases.put("status counts (one editor's assignments)", i -> new int[] {queue.countsByStatus(
                new QueueFilter(null, null, null, null, null, EDITOR_ID + i % EDITORS, null)).size(), 0});
        cases.put("status counts (outlet filter)", i -> new int[] {queue.countsByStatus(
                new QueueFilter(null, "Outlet " + i % 50, null, null, null, null, null)).size(), 0});
        List<Timing> timings = new ArrayList<>();
        for (var c : cases.entrySet()) {
            for (int i = 0; i < 3; i++) {
                c.getValue().apply(100 + i);
            }
            double[] ms = new double[11];
            int[] result = null;
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                result = c.getValue().apply(i);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            timings.add(new Timing(c.getKey(), ms[ms.length / 2], ms[ms.length - 1], result[0], result[1]));
        }
        return timings;
    }

    private static int[] runAt(ArticleQueueService queue, QueueFilter filter, QueueSort sort, boolean ascending, int offset) {
        int count = queue.count(filter);
        return new int[] {queue.page(filter, offset, PAGE, sort, ascending).size(), count};
    }
}

package org.corpusdesk.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.corpusdesk.ingest.ImportListener;
import org.corpusdesk.ingest.ImportOptions;
import org.corpusdesk.ingest.ImportReport;
import org.corpusdesk.ingest.ImportService;
import org.corpusdesk.shared.H2StoreTuning;
import org.flywaydb.core.Flyway;

/**
 * Imports a synthetic corpus, then measures two floors with plain JDBC batches of the same size on the same disk
 * and with the application's H2 settings (WRITE_DELAY=0, {@link H2StoreTuning}), timing only the inserts and
 * commits: the same texts into a one-column table (the physical floor the issue
 * names), and the very rows the import stored into an empty database with the same schema and indexes (what
 * storing them costs in H2, so the rest is the pipeline's own cost).
 */
public final class ImportBenchmark {

    private static final String ARTICLE_COLUMNS = "id, raw_text, clean_text, clean_cp_length, cleaning_report, title, "
            + "outlet, author, url, published_on, published_precision, dateline, language, credit_line, flags, "
            + "extra_metadata, status, content_hash, story_cluster, cluster_similarity, duplicate_of, import_file, "
            + "import_line";
    private static final int ARTICLE_COLUMN_COUNT = ARTICLE_COLUMNS.split(",").length;

    public record Figures(int articles, long textBytes, int files, ImportReport report, double importSeconds,
            double importCpuSeconds, JvmThreadCpu jvmCpu, long peakHeapBytes, double floorSeconds,
            double rowsFloorSeconds) {

        public double articlesPerSecond() {
            return articles / importSeconds;
        }

        public double megabytesPerSecond() {
            return textBytes / 1e6 / importSeconds;
        }

        public double floorArticlesPerSecond() {
            return articles / floorSeconds;
        }

        public double ratio() {
            return importSeconds / floorSeconds;
        }

        public double rowsRatio() {
            return importSeconds / rowsFloorSeconds;
        }

        /** CPU time of the whole process (all threads, GC and JIT included) per article. */
        public double cpuMicrosPerArticle() {
            return importCpuSeconds * 1e6 / articles;
        }
    }

    private final SyntheticCorpus corpus;
    private final SyntheticCorpus warmUpCorpus;

    /** {@code warmUpCorpus}, when not null, is imported first, untimed, so the measured import runs warm. */
    public ImportBenchmark(SyntheticCorpus corpus, SyntheticCorpus warmUpCorpus) {
        this.corpus = corpus;
        this.warmUpCorpus = warmUpCorpus;
    }

    public Figures run(ImportService service, DataSource imported, Path workDir, int articles, int warmUpArticles,
            int batchSize) throws IOException, SQLException {
        if (warmUpCorpus != null && warmUpArticles > 0) {
            Path warmUp = workDir.resolve("warm-up");
            warmUpCorpus.write(warmUp, warmUpArticles);
            service.importPaths(List.of(warmUp), new ImportOptions("BENCHMARK", null, null), ImportListener.NONE);
        }
        Path input = workDir.resolve("corpus");
        SyntheticCorpus.Written written = corpus.write(input, articles);

        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = processCpuNanos();
        JvmThreadCpu jvmStart = JvmThreadCpu.now();
        long start = System.nanoTime();
        ImportReport report = service.importPaths(List.of(input), new ImportOptions("BENCHMARK", null, null),
                ImportListener.NONE);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        JvmThreadCpu jvmCpu = JvmThreadCpu.now().since(jvmStart);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        double floorSeconds = plainInsert(workDir.resolve("floor"), articles, batchSize);
        double rowsFloorSeconds = sameRowsInsert(imported, report.batchId(), workDir.resolve("rows-floor"), batchSize);
        return new Figures(articles, written.textBytes(), written.files(), report, importSeconds, cpuSeconds, jvmCpu, peak,
                floorSeconds, rowsFloorSeconds);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private double plainInsert(Path dir, int articles, int batchSize) throws SQLException {
        try (Connection c = floorConnection(floorUrl(dir, "floor"))) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE plain_article (id BIGINT PRIMARY KEY, text VARCHAR(1000000) NOT NULL)");
            }
            c.setAutoCommit(false);
            long timed = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO plain_article (id, text) VALUES (?, ?)")) {
                for (int from = 0; from < articles; from += batchSize) {
                    for (int i = from; i < Math.min(articles, from + batchSize); i++) {
                        insert.setLong(1, i + 1);
                        insert.setString(2, corpus.article(i));
                        insert.addBatch();
                    }
                    long start = System.nanoTime();
                    insert.executeBatch();
                    c.commit();
                    timed += System.nanoTime() - start;
                }
            }
            return timed / 1e9;
        }
    }

    /** The import's own article and sketch rows, read back batch by batch, inserted into the same empty schema. */
    private static double sameRowsInsert(DataSource imported, long batchId, Path dir, int batchSize)
            throws SQLException {
        String url = floorUrl(dir, "rows");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        String placeholders = String.join(", ", Collections.nCopies(ARTICLE_COLUMN_COUNT, "?"));
        try (Connection source = imported.getConnection();
             Statement read = source.createStatement();
             Connection c = floorConnection(url);
             PreparedStatement article = c.prepareStatement(
                     "INSERT INTO article (" + ARTICLE_COLUMNS + ") VALUES (" + placeholders + ")");
             PreparedStatement sketch = c.prepareStatement(
                     "INSERT INTO article_sketch (article_id, shingle_count, sketch) VALUES (?, ?, ?)")) {
            c.setAutoCommit(false);
            read.setFetchSize(batchSize);
            long timed = 0;
            try (ResultSet rows = read.executeQuery("SELECT " + prefixed(ARTICLE_COLUMNS)
                    + ", s.shingle_count, s.sketch FROM article a JOIN article_sketch s ON s.article_id = a.id"
                    + " WHERE a.import_batch_id = " + batchId + " ORDER BY a.id")) {
                boolean more = rows.next();
                while (more) {
                    for (int n = 0; n < batchSize && more; n++, more = rows.next()) {
                        for (int i = 1; i <= ARTICLE_COLUMN_COUNT; i++) {
                            article.setObject(i, rows.getObject(i));
                        }
                        article.addBatch();
                        sketch.setObject(1, rows.getObject(1));
                        sketch.setObject(2, rows.getObject(ARTICLE_COLUMN_COUNT + 1));
                        sketch.setObject(3, rows.getObject(ARTICLE_COLUMN_COUNT + 2));
                        sketch.addBatch();
                    }
                    long start = System.nanoTime();
                    article.executeBatch();
                    sketch.executeBatch();
                    c.commit();
                    timed += System.nanoTime() - start;
                }
            }
            return timed / 1e9;
        }
    }

    /** A floor's H2 file, with the application's write setting. */
    private static String floorUrl(Path dir, String name) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve(name) + ";WRITE_DELAY=0";
    }

    /** A connection to a floor's database, tuned as the application tunes its own (H2StoreTuning). */
    private static Connection floorConnection(String url) throws SQLException {
        Connection c = DriverManager.getConnection(url, "sa", "");
        try {
            H2StoreTuning.apply(c, H2StoreTuning.defaultUnsavedBytes());
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private static String prefixed(String columns) {
        return "a." + String.join(", a.", columns.split(",\\s*"));
    }
}

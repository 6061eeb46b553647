package org.corpusdesk.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.corpusdesk.ingest.ImportOptions;
import org.corpusdesk.ingest.ImportListener;
import org.corpusdesk.ingest.ImportReport;
import org.corpusdesk.ingest.ImportService;

/**
 * Imports a synthetic corpus and, for the physical floor, inserts the same texts with a plain JDBC batch
 * into an empty H2 file. Both write to the same disk with the same batch size.
 */
public final class ImportBenchmark {

    public record Figures(int articles, long textBytes, int files, ImportReport report, double importSeconds,
            long peakHeapBytes, double floorSeconds) {

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
    }

    private final SyntheticCorpus corpus;

    public ImportBenchmark(SyntheticCorpus corpus) {
        this.corpus = corpus;
    }

    public Figures run(ImportService service, Path workDir, int articles, int batchSize) throws IOException, SQLException {
        Path input = workDir.resolve("corpus");
        SyntheticCorpus.Written written = corpus.write(input, articles);

        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportReport report = service.importPaths(List.of(input), new ImportOptions("BENCHMARK", null, null),
                ImportListener.NONE);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        double floorSeconds = plainInsert(workDir.resolve("floor"), articles, batchSize);
        return new Figures(articles, written.textBytes(), written.files(), report, importSeconds, peak, floorSeconds);
    }

    private double plainInsert(Path dir, int articles, int batchSize) throws SQLException {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("floor");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE plain_article (id BIGINT PRIMARY KEY, text VARCHAR(1000000) NOT NULL)");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO plain_article (id, text) VALUES (?, ?)")) {
                for (int i = 0; i < articles; i++) {
                    insert.setLong(1, i + 1);
                    insert.setString(2, corpus.article(i));
                    insert.addBatch();
                    if ((i + 1) % batchSize == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }
}

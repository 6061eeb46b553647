package org.corpusdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corpusdesk.article.ArticleQueueService;
import org.corpusdesk.benchmark.ImportBenchmark;
import org.corpusdesk.benchmark.JvmThreadCpu;
import org.corpusdesk.benchmark.ExportBenchmark;
import org.corpusdesk.benchmark.QueueBenchmark;
import org.corpusdesk.benchmark.StartupBenchmark;
import org.corpusdesk.export.ExportRequest;
import org.corpusdesk.export.ExportResult;
import org.corpusdesk.export.ExportService;
import org.corpusdesk.export.ExportStatus;
import org.corpusdesk.export.SplitRatios;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.benchmark.SyntheticCorpus;
import org.corpusdesk.ingest.ImportCounts;
import org.corpusdesk.ingest.ImportTimings;
import org.corpusdesk.ingest.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "benchmark", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Measure import throughput on a generated noisy corpus against two plain JDBC batch inserts: "
                + "the same texts into a one-column table, and the import's own rows into the same empty schema "
                + "(docs/benchmarks.md).",
                "Works in a fresh temporary folder; your data folder is not touched."})
public class BenchmarkCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WHAT", description = "import, brat (a brat corpus of N articles, --spans each, "
            + "with Attribution events), queue (review-queue requests on N articles), export (JSONL of N articles with 10 spans each), "
            + "reports (every report on the export corpus), agreement (N articles annotated by two editors, 10 spans each) "
            + "or startup (whole command runs and the server's start, beside H2's Shell)")
    String what;

    @Option(names = "--articles", description = "articles to generate (default: 100000; startup: 1000)")
    Integer articlesOption;

    @Option(names = "--spans", defaultValue = "100", description = "brat: spans per article (default: ${DEFAULT-VALUE})")
    int spansPerArticle;

    @Option(names = "--rounds", defaultValue = "5", description = "startup: interleaved rounds of every command (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--no-server", description = "startup: do not time the server's start")
    boolean noServer;

    int articles;

    @Option(names = "--article-bytes", defaultValue = "3000", description = "approximate size of one article (default: ${DEFAULT-VALUE})")
    int articleBytes;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--warm-up", paramLabel = "N", defaultValue = "0",
            description = "import: first import N other articles, untimed, so that the measured import runs in a warm "
                    + "JVM as it would in the running app (default: ${DEFAULT-VALUE}, a cold start as from the command line)")
    int warmUp;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "where to generate and import (default: a temporary folder, deleted after)")
    Path workDir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        if (!java.util.List.of("import", "brat", "queue", "export", "reports", "agreement", "startup").contains(what)) {
            spec.commandLine().getErr().println("error: unknown benchmark '" + what
                    + "' (available: import, brat, queue, export, reports, agreement, startup)");
            return CliExit.REJECTED;
        }
        articles = articlesOption != null ? articlesOption : what.equals("startup") || what.equals("brat") ? 1_000 : 100_000;
        boolean temporary = workDir == null;
        Path dir = temporary ? Files.createTempDirectory("corpus-desk-benchmark") : workDir;
        try {
            DatabaseOptions database = new DatabaseOptions();
            database.dataDir = dir.resolve("data");
            if (what.equals("startup")) {
                return startup(dir);
            }
            if (what.equals("queue")) {
                return queue(database);
            }
            if (what.equals("brat")) {
                return brat(database, dir);
            }
            if (what.equals("export")) {
                return export(database, dir);
            }
            if (what.equals("reports")) {
                return reports(database);
            }
            if (what.equals("agreement")) {
                return agreement(database);
            }
            ImportService service = database.bean(ImportService.class);
            ImportBenchmark.Figures f = new ImportBenchmark(new SyntheticCorpus(seed, articleBytes),
                    new SyntheticCorpus(seed + 1, articleBytes))
                    .run(service, database.bean(javax.sql.DataSource.class), dir, articles, warmUp, service.batchSize());
            print(f, warmUp, spec.commandLine().getOut());
            return CliExit.OK;
        } finally {
            SpringContext.close();
            if (temporary) {
                deleteTree(dir);
            }
        }
    }

    /** Agreement over N double-annotated articles: the time of one whole computation, and the peak heap. */
    private int agreement(DatabaseOptions database) throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        double filled = fill(database, org.corpusdesk.benchmark.AgreementBenchmark::populate);
        out.printf(Locale.ROOT, "Agreement benchmark: %,d articles, 2 layers of %d spans and 1 attribution each, inserted in "
                        + "%.1f s; %d cores, Java %s, max heap %,d MB%n", articles,
                org.corpusdesk.benchmark.AgreementBenchmark.SPANS_PER_LAYER, filled,
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature(),
                Runtime.getRuntime().maxMemory() / 1_000_000);
        out.flush();
        org.corpusdesk.agreement.AgreementService service = database.bean(org.corpusdesk.agreement.AgreementService.class);
        org.corpusdesk.benchmark.PeakHeap heap = org.corpusdesk.benchmark.PeakHeap.start();
        long[] peak = {0};
        long started = System.nanoTime();
        java.util.List<org.corpusdesk.agreement.AgreementRow> rows;
        try {
            rows = CurrentUser.runAsAdministrator("benchmark",
                    () -> service.agreement(org.corpusdesk.agreement.AgreementService.Filter.ALL));
        } finally {
            peak[0] = heap.stop();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        var all = rows.stream().filter(r -> r.label().equals(org.corpusdesk.agreement.AgreementRow.ALL_LABELS)).findFirst()
                .orElseThrow();
        out.printf(Locale.ROOT, "  agreement : %,d articles, %,d + %,d spans, every label's F1, alpha and kappa in %.1f s "
                        + "(target < 30 s), peak heap sampled %,d MB; exact F1 over all labels %.4f%n", all.articles(),
                all.spansA(), all.spansB(), seconds, peak[0] / 1_000_000, all.exactF1());
        return CliExit.OK;
    }

    /** Imports a generated brat corpus in one run: time, rates and peak heap (sampled every 100 ms). */
    private int brat(DatabaseOptions database, Path dir) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path corpus = dir.resolve("brat");
        org.corpusdesk.benchmark.BratCorpus.Written w = org.corpusdesk.benchmark.BratCorpus.write(
                new SyntheticCorpus(seed, articleBytes), corpus, articles, spansPerArticle);
        out.printf(Locale.ROOT, "brat import benchmark: %,d articles, %,d spans, %,d events (%.1f MB); %d cores, Java %s, "
                        + "max heap %,d MB%n", w.articles(), w.spans(), w.events(), w.bytes() / 1e6,
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature(),
                Runtime.getRuntime().maxMemory() / 1_000_000);
        out.flush();
        org.corpusdesk.ingest.dataset.AnnotatedImports imports =
                database.bean(org.corpusdesk.ingest.dataset.AnnotatedImports.class);
        org.corpusdesk.benchmark.PeakHeap heap = org.corpusdesk.benchmark.PeakHeap.start();
        long[] peak = {0};
        long started = System.nanoTime();
        org.corpusdesk.ingest.dataset.DatasetImportReport r;
        try {
            r = CurrentUser.runAsAdministrator("benchmark", () -> {
                try {
                    return imports.run("BENCHMARK", imports.formatOf(corpus).orElseThrow(), corpus, null);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } finally {
            peak[0] = heap.stop();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "  brat import : %,d articles, %,d spans, %,d attributions, %,d problems in %.1f s = %,.0f spans/s, "
                        + "peak heap sampled %,d MB%n", r.articles(), r.spans(), r.relations(), r.problems().size(), seconds,
                r.spans() / seconds, peak[0] / 1_000_000);
        return r.problems().isEmpty() && r.spans() == w.spans() ? CliExit.OK : CliExit.REJECTED;
    }

    private int startup(Path dir) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        StartupBenchmark benchmark = new StartupBenchmark(
                StartupBenchmark.currentLauncher(org.corpusdesk.launch.JavaVersionCheck.class, "org.corpusdesk.Application"),
                StartupBenchmark.location(org.h2.Driver.class));
        StartupBenchmark.Figures f;
        try {
            f = benchmark.run(dir, articles, rounds, !noServer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CliExit.FATAL;
        }
        out.printf(Locale.ROOT, "Start-up benchmark: %,d articles, %d interleaved rounds, %d cores, Java %s%n", articles, rounds,
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
        out.println("  started as: " + String.join(" ", f.launcher().stream()
                .map(a -> a.length() > 80 ? a.substring(0, 77) + "..." : a).toList()));
        double floor = f.shell().median();
        out.printf(Locale.ROOT, "  %-40s %8s %8s   (runs: seconds)%n", "whole run, fresh JVM", "median", "x Shell");
        for (StartupBenchmark.Timing t : java.util.stream.Stream.concat(java.util.stream.Stream.of(f.shell()), f.commands().stream()).toList()) {
            out.printf(Locale.ROOT, "  %-40s %6.2f s %7.2fx   %s%n", t.name(), t.median(), t.median() / floor,
                    t.seconds().stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList());
        }
        if (f.serverSeconds() != null) {
            out.printf(Locale.ROOT, "  %-40s %6.2f s%n", "server: process start to first page", f.serverSeconds());
        }
        out.flush();
        return CliExit.OK;
    }

    private int queue(DatabaseOptions database) throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        double seconds = fill(database, QueueBenchmark::populate);
        out.printf(Locale.ROOT, "Queue benchmark: %,d articles (%,d annotated) inserted in %.1f s, %d cores, Java %s%n",
                articles, articles / 10, seconds, Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
        out.printf(Locale.ROOT, "  %-42s %9s %9s %6s %10s%n", "request (count + page of 50)", "median", "max", "rows", "matches");
        for (QueueBenchmark.Timing t : QueueBenchmark.measure(database.bean(ArticleQueueService.class))) {
            out.printf(Locale.ROOT, "  %-42s %7.1f ms %7.1f ms %6d %,10d%n", t.name(), t.medianMillis(), t.maxMillis(),
                    t.rows(), t.count());
        }
        out.flush();
        return CliExit.OK;
    }

    private int export(DatabaseOptions database, Path dir) throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        double seconds = fill(database, ExportBenchmark::populate);
        out.printf(Locale.ROOT, "Export benchmark: %,d articles, %,d spans, inserted in %.1f s; %d cores, Java %s, max heap %,d MB%n",
                articles, (long) articles * ExportBenchmark.SPANS_PER_ARTICLE, seconds,
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature(),
                Runtime.getRuntime().maxMemory() / 1_000_000);
        out.flush();
        Path target = dir.resolve("export-" + System.nanoTime());
        org.corpusdesk.benchmark.PeakHeap heap = org.corpusdesk.benchmark.PeakHeap.start();
        long[] peak = {0};
        ExportResult r;
        try {
            r = CurrentUser.runAsAdministrator("benchmark", () -> database.bean(ExportService.class)
                    .export(new ExportRequest("jsonl", target, ExportStatus.APPROVED, java.util.List.of(), null, false,
                            SplitRatios.parse("80/10/10"), 42, false)));
        } finally {
            peak[0] = heap.stop();
        }
        out.printf(Locale.ROOT, "  jsonl export : %,d articles, %,d spans, %,d relations, %.1f MB in %.1f s = %.1f MB/s"
                        + " (target ≥ 50 MB/s), peak heap sampled %,d MB%n", r.stats().articles(), r.stats().spans(),
                r.stats().relations(), r.dataBytes() / 1e6, r.seconds(), r.dataBytes() / 1e6 / r.seconds(),
                peak[0] / 1_000_000);
        out.flush();
        return CliExit.OK;
    }

    /** Every report of the catalog, without parameters, on the export benchmark's corpus: median of 3 warm runs. */
    private int reports(DatabaseOptions database) throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        double seconds = fill(database, ExportBenchmark::populate);
        out.printf(Locale.ROOT, "Report benchmark: %,d articles, %,d spans (inserted in %.1f s); %d cores, Java %s%n",
                articles, (long) articles * ExportBenchmark.SPANS_PER_ARTICLE, seconds,
                Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
        org.corpusdesk.report.ReportService reports = database.bean(org.corpusdesk.report.ReportService.class);
        long start = System.nanoTime();
        var rollups = database.bean(org.corpusdesk.report.RollupService.class);
        rollups.refresh();
        out.printf(Locale.ROOT, "  rollup refresh (all)       %9.1f ms%n", (System.nanoTime() - start) / 1e6);
        rollups.lastTimings().forEach((table, ms) -> out.printf(Locale.ROOT, "    %-24s %9d ms%n", table, ms));
        for (org.corpusdesk.report.ReportDefinition r : reports.reports()) {
            double[] ms = new double[3];
            int rows = 0;
            String error = null;
            for (int i = 0; i < ms.length && error == null; i++) {
                try {
                    var run = CurrentUser.runAsAdministrator("benchmark", () -> {
                        try {
                            return reports.run(r.name(), java.util.Map.of());
                        } catch (org.corpusdesk.report.QueryRejectedException e) {
                            throw new IllegalStateException(e.getMessage());
                        }
                    });
                    ms[i] = run.millis();
                    rows = run.result().rows().size();
                } catch (IllegalStateException e) {
                    error = e.getMessage();
                }
            }
            java.util.Arrays.sort(ms);
            out.printf(Locale.ROOT, "  %-26s %9.1f ms %6d rows%s%n", r.name(), ms[1], rows, error == null ? "" : "  " + error);
            out.flush();
        }
        return CliExit.OK;
    }

    /** How a benchmark fills its database: returns the seconds taken. */
    interface Filler {
        double populate(java.sql.Connection c, int articles, long seed) throws SQLException;
    }

    /** Fills the database with N articles, unless a kept --work-dir already holds them (then 0 s). */
    private double fill(DatabaseOptions database, Filler filler) throws SQLException {
        try (var c = database.bean(javax.sql.DataSource.class).getConnection()) {
            return QueueBenchmark.alreadyPopulated(c, articles) ? 0 : filler.populate(c, articles, seed);
        }
    }

    private static void print(ImportBenchmark.Figures f, int warmUp, PrintWriter out) {
        ImportCounts c = f.report().counts();
        out.printf(Locale.ROOT, "Import benchmark: %,d articles (%.1f MB of text in %,d files), %d cores, Java %s, %s%n",
                f.articles(), f.textBytes() / 1e6, f.files(), Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature(), warmUp > 0
                        ? String.format(Locale.ROOT, "warm (after importing %,d other articles)", warmUp) : "cold JVM");
        out.printf(Locale.ROOT, "  corpus-desk import : %7.1f s  %,8.0f articles/s  %6.1f MB/s  peak heap %,d MB%n",
                f.importSeconds(), f.articlesPerSecond(), f.megabytesPerSecond(), f.peakHeapBytes() / 1_000_000);
        out.printf(Locale.ROOT, "                       imported %,d, duplicates skipped %,d, rejected %,d%n",
                c.imported(), c.duplicates(), c.problems());
        ImportTimings t = f.report().timings();
        JvmThreadCpu jvm = f.jvmCpu();
        out.printf(Locale.ROOT, "                       CPU %,.0f µs per article (all threads): preparing %.1f s, writer %.1f s%s%n",
                f.cpuMicrosPerArticle(), t.preparingCpuNanos() / 1e9, t.writerCpuNanos() / 1e9, jvm.known()
                        ? String.format(Locale.ROOT, ", JIT compilers %.1f s, GC %.1f s", jvm.jitNanos() / 1e9, jvm.gcNanos() / 1e9)
                        : "");
        out.printf(Locale.ROOT, "                       writer: waiting for prepared articles %.1f s, story matching %.1f s,"
                        + " insert + commit %.1f s%n",
                t.waitingNanos() / 1e9, t.storyMatchingNanos() / 1e9, t.writingNanos() / 1e9);
        out.printf(Locale.ROOT, "  plain JDBC batch   : %7.1f s  %,8.0f articles/s  %6.1f MB/s  (the texts, one column)%n",
                f.floorSeconds(), f.floorArticlesPerSecond(), f.textBytes() / 1e6 / f.floorSeconds());
        out.printf(Locale.ROOT, "  same rows, schema  : %7.1f s  %,8.0f articles/s  (the import's rows into the same empty schema)%n",
                f.rowsFloorSeconds(), f.articles() / f.rowsFloorSeconds());
        out.printf(Locale.ROOT, "  ratio              : import takes %.2f× the plain batch insert (target ≤ 2×), %.2f× the same rows%n",
                f.ratio(), f.rowsRatio());
        out.flush();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

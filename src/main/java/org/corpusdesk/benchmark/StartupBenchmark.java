package org.corpusdesk.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Wall time of whole command-line runs, each in a fresh JVM as a script runs them, next to H2's own Shell
 * answering the same query on the same database: the floor a query command is measured against. Rounds are
 * interleaved (shell, sql, report, …) so that a slow period of the machine hits every contender alike; the
 * median of each is reported. Optionally the server: process start until the first page is served.
 */
public final class StartupBenchmark {

    /** The query H2's Shell and {@code sql} both answer. */
    public static final String QUERY = "SELECT count(*) FROM v_article";

    public record Timing(String name, List<Double> seconds) {
        public double median() {
            double[] s = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }
    }

    public record Figures(Timing shell, List<Timing> commands, Double serverSeconds, List<String> launcher) {
    }

    private final List<String> launcher;
    private final Path h2Jar;

    /** {@code launcher}: how this program is started (java -jar corpus-desk.jar, or java -cp … Application). */
    public StartupBenchmark(List<String> launcher, Path h2Jar) {
        this.launcher = List.copyOf(launcher);
        this.h2Jar = h2Jar;
    }

    /** The way the running program was started, to start it again as a child. */
    public static List<String> currentLauncher(Class<?> entryPoint, String mainClass) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path location = location(entryPoint);
        if (Files.isRegularFile(location) && location.toString().endsWith(".jar")) {
            return List.of(java, "-jar", location.toString());
        }
        return List.of(java, "-cp", System.getProperty("java.class.path"), mainClass);
    }

    public static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Imports {@code articles} synthetic articles into {@code dir}/data with the import command, then runs
     * {@code rounds} interleaved rounds; {@code server} also times a server start.
     */
    public Figures run(Path dir, int articles, int rounds, boolean server) throws IOException, InterruptedException {
        Path corpus = dir.resolve("corpus");
        new SyntheticCorpus(7, 2_000).write(corpus, articles);
        Path data = dir.resolve("data");
        Map<String, List<Double>> times = new LinkedHashMap<>();
        times.computeIfAbsent("import (new database)", k -> new ArrayList<>())
                .add(timed(command("import", "--quiet", "--data", data.toString(), corpus.toString())));
        Properties credentials = new Properties();
        try (InputStream in = Files.newInputStream(data.resolve("credentials.properties"))) {
            credentials.load(in);
        }
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("corpus-desk") + ";AUTO_SERVER=TRUE";
        List<String> shell = List.of(launcher.get(0), "-cp", h2Jar.toString(), "org.h2.tools.Shell", "-url", url,
                "-user", "CORPUS_READER", "-password", credentials.getProperty("reader.password"), "-sql", QUERY);
        timed(command("sql", "--data", data.toString(), QUERY)); // untimed: creates the read-only account the Shell signs in as
        List<Double> shellTimes = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            shellTimes.add(timed(shell));
            add(times, "sql", command("sql", "--data", data.toString(), QUERY));
            add(times, "report --recount progress_by_status", command("report", "--recount", "--data", data.toString(),
                    "progress_by_status"));
            // right after the recount: nothing changed since, as for every report but the first of a script
            add(times, "report progress_by_status", command("report", "--data", data.toString(), "progress_by_status"));
            add(times, "users list", command("users", "list", "--data", data.toString()));
            add(times, "import (all duplicates)", command("import", "--quiet", "--data", data.toString(), corpus.toString()));
            add(times, "export --status all", command("export", "--data", data.toString(), "--status", "all",
                    "--out", dir.resolve("export-" + round).toString()));
        }
        List<Timing> commands = new ArrayList<>();
        times.forEach((name, s) -> commands.add(new Timing(name, s)));
        Double serverSeconds = server ? serverStart(data) : null;
        return new Figures(new Timing("H2 Shell (same query, same database)", shellTimes), commands, serverSeconds, launcher);
    }

    private void add(Map<String, List<Double>> times, String name, List<String> command) throws IOException, InterruptedException {
        times.computeIfAbsent(name, k -> new ArrayList<>()).add(timed(command));
    }

    private List<String> command(String... args) {
        List<String> all = new ArrayList<>(launcher);
        all.addAll(Arrays.asList(args));
        return all;
    }

    /**
     * Seconds from process start to its exit; another exit than 0 fails the benchmark with the command's output,
     * but for an import's 2 (the synthetic corpus holds a few bad files on purpose).
     */
    private static double timed(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("corpus-desk-startup", ".log");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("did not finish in 10 minutes: " + String.join(" ", command));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean importing = command.contains("import");
            if (p.exitValue() != 0 && !(importing && p.exitValue() == 2)) {
                throw new IllegalStateException("exit " + p.exitValue() + " from " + String.join(" ", command) + ": "
                        + Files.readString(log));
            }
            return seconds;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Process start until {@code GET /} answers 200 (the sign-in or first-run page). */
    private double serverStart(Path data) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Files.createTempFile("corpus-desk-server", ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command("--data", data.toString(), "--server.port=" + port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            URI page = URI.create("http://127.0.0.1:" + port + "/");
            while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(3)) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("the server stopped: " + Files.readString(log));
                }
                if (answers(page)) {
                    return (System.nanoTime() - start) / 1e9;
                }
                p.waitFor(50, TimeUnit.MILLISECONDS);
            }
            throw new IllegalStateException("the server did not serve a page within 3 minutes: " + Files.readString(log));
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            Files.deleteIfExists(log);
        }
    }

    private static boolean answers(URI page) {
        try {
            HttpURLConnection c = (HttpURLConnection) page.toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(30_000);
            try {
                return c.getResponseCode() == 200;
            } finally {
                c.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }
}

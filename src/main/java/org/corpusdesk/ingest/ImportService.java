package org.corpusdesk.ingest;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.corpusdesk.article.ArticleRepository;
import org.corpusdesk.article.NewArticle;
import org.corpusdesk.ingest.dedupe.ShingleSketch;
import org.corpusdesk.ingest.dedupe.StoryIndex;
import org.corpusdesk.ingest.dedupe.StoryMatch;
import org.corpusdesk.ingest.format.ArticleReader;
import org.corpusdesk.shared.H2StoreTuning;
import org.corpusdesk.shared.ProcessOwner;
import org.jooq.DSLContext;
import org.corpusdesk.shared.CorpusDeskSettings;
import org.corpusdesk.shared.Sizes;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Imports files and folders of articles. Flow: a reader thread decodes and parses files into chunks;
 * worker threads clean and sketch each chunk ({@link ArticlePreparer}); this thread takes the chunks in
 * input order, skips exact duplicates, assigns story clusters and commits every {@code batchSize} articles
 * in one transaction, with the problems found so far. A killed import leaves whole batches only, and a
 * re-run skips what was stored (content hash), so it completes without duplicates.
 */
@Service
public class ImportService {

    static final int PROBLEMS_KEPT = 1_000;
    private static final int CHUNK = 200;
    private static final int ID_BLOCKS_AT_ONCE = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, ArticleReader> readers = new HashMap<>();
    private final ArticlePreparer preparer;
    private final ArticleRepository articles;
    private final ImportBatchRepository batches;
    private final DSLContext dsl;
    private final H2StoreTuning storeTuning;
    private final long maxFileBytes;
    private final int batchSize;
    private final int workers;

    public ImportService(List<ArticleReader> readers, ArticlePreparer preparer, ArticleRepository articles,
            ImportBatchRepository batches, DSLContext dsl, H2StoreTuning storeTuning, CorpusDeskSettings settings) {
        long maxFileBytes = settings.imports().maxFileBytes().toBytes();
        int batchSize = settings.imports().batchSize();
        int workers = settings.imports().workers();
        for (ArticleReader reader : readers) {
            reader.extensions().forEach(ext -> this.readers.put(ext, reader));
        }
        this.preparer = preparer;
        this.articles = articles;
        this.batches = batches;
        this.dsl = dsl;
        this.storeTuning = storeTuning;
        this.maxFileBytes = maxFileBytes;
        this.batchSize = batchSize;
        // by default one per core: the writer waits for prepared articles part of the time, and a worker on its core
        // uses that time (2 cores, 100k articles: the cores busy 85% of the import instead of 79%, docs/benchmarks.md)
        this.workers = workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }

    public Set<String> supportedExtensions() {
        return Set.copyOf(readers.keySet());
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Articles per transaction. */
    public int batchSize() {
        return batchSize;
    }

    public ImportReport importPaths(List<Path> paths, ImportOptions options, ImportListener listener) {
        long started = System.nanoTime();
        String description = paths.stream().map(Path::toString).collect(Collectors.joining(" "));
        long fileLimit = options.maxFileBytes() == null ? maxFileBytes : options.maxFileBytes();
        if (options.dryRun()) {
            Run run = new Run(0, listener, fileLimit, options.fields(), true);
            run.execute(paths);
            run.flush();
            return new ImportReport(0, run.counts(), List.copyOf(run.keptProblems),
                    Duration.ofNanos(System.nanoTime() - started), run.timings());
        }
        markDeadRunsInterrupted();
        storeTuning.ensure();
        long batchId = dsl.transactionResult(c -> batches.start(options.origin(), description, options.userId(),
                ProcessOwner.current()));
        Run run = new Run(batchId, listener, fileLimit, options.fields(), false);
        boolean failed = true;
        try {
            run.execute(paths);
            run.flush();
            failed = false;
        } finally {
            ImportCounts counts = run.counts();
            boolean failedRun = failed;
            dsl.transaction(c -> batches.finish(batchId, counts, failedRun));
        }
        return new ImportReport(batchId, run.counts(), List.copyOf(run.keptProblems),
                Duration.ofNanos(System.nanoTime() - started), run.timings());
    }

    /** Batches left RUNNING by a killed import become INTERRUPTED; returns how many. */
    public int markDeadRunsInterrupted() {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
        int marked = 0;
        for (ImportBatchRepository.RunningBatch b : batches.running()) {
            if (ProcessOwner.isDead(b.owner(), b.heartbeat(), now)
                    && Boolean.TRUE.equals(dsl.transactionResult(c -> batches.markInterrupted(b.id())))) {
                marked++;
            }
        }
        return marked;
    }

    /** Items of one chunk, in input order: a prepared article or a problem. */
    private record Outcome(PreparedArticle article, ImportProblem problem, long bytes, boolean fileDone) {
    }

    private final class Run {
        private final long batchId;
        private final ImportListener listener;
        private final LongOpenHashSet knownHashes = new LongOpenHashSet();
        /** Articles of the open transaction by content hash + title hash, for duplicates within it. */
        private final Map<String, Long> pendingKeys = new HashMap<>();
        private final List<ImportDuplicate> pendingDuplicates = new ArrayList<>();
        private final LongAdder recordsRead = new LongAdder();
        private int warnings;
        private final StoryIndex stories = new StoryIndex();
        private final List<NewArticle> pending = new ArrayList<>();
        private final List<ImportProblem> pendingProblems = new ArrayList<>();
        private final List<ImportProblem> keptProblems = new ArrayList<>();
        private long nextId;
        private long idBlockEnd;
        private long[] idBlocks = new long[0];
        private int nextIdBlock;
        private int reservations;
        private int files;
        private int imported;
        private int duplicates;
        private int problems;
        private long bytes;
        private final long fileLimit;
        private final org.corpusdesk.ingest.format.FieldMapping fields;
        private final boolean dryRun;
        private long dryRunIds;
        private volatile boolean cancelled;
        private final LongAdder preparingCpuNanos = new LongAdder();
        private long writerCpuNanos;
        private long waitingNanos;
        private long storyMatchingNanos;
        private long writingNanos;

        Run(long batchId, ImportListener listener, long fileLimit, org.corpusdesk.ingest.format.FieldMapping fields,
                boolean dryRun) {
            this.fields = fields;
            this.dryRun = dryRun;
            this.batchId = batchId;
            this.listener = listener;
            this.fileLimit = fileLimit;
        }

        ImportTimings timings() {
            return new ImportTimings(preparingCpuNanos.sum(), writerCpuNanos, waitingNanos, storyMatchingNanos, writingNanos);
        }

        ImportCounts counts() {
            return counts(imported);
        }

        private ImportCounts counts(int importedSoFar) {
            return new ImportCounts(files, recordsRead.intValue(), importedSoFar, duplicates, problems, warnings, bytes);
        }

        void execute(List<Path> paths) {
            articles.forEachContentHashPrefix(knownHashes::add);
            articles.forEachSketch(s -> stories.add(s.articleId(), s.storyCluster(),
                    ShingleSketch.decode(s.shingleCount(), s.hashes())));

            // room for a whole transaction's chunks: the workers keep preparing while the writer commits
            BlockingQueue<CompletableFuture<List<Outcome>>> queue =
                    new ArrayBlockingQueue<>(workers * 4 + batchSize / CHUNK);
            CompletableFuture<List<Outcome>> end = CompletableFuture.completedFuture(null);
            try (ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("import-prepare"));
                 ExecutorService reader = Executors.newSingleThreadExecutor(daemon("import-read"))) {
                CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
                    try {
                        readAll(paths, pool, queue);
                    } finally {
                        hand(queue, end);
                    }
                }, reader);
                long cpuAtStart = THREADS.getCurrentThreadCpuTime();
                try {
                    while (true) {
                        long waitStart = System.nanoTime();
                        CompletableFuture<List<Outcome>> next = queue.take();
                        if (next == end) {
                            break;
                        }
                        List<Outcome> outcomes = next.get();
                        waitingNanos += System.nanoTime() - waitStart;
                        for (Outcome outcome : outcomes) {
                            accept(outcome);
                        }
                    }
                    reading.get();
                } finally {
                    writerCpuNanos = THREADS.getCurrentThreadCpuTime() - cpuAtStart;
                    cancelled = true;
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("import failed: " + e.getCause().getMessage(), e.getCause());
            }
        }

        /** Hands a chunk to the writer; gives up once the writer has stopped, so the reader never hangs. */
        private void hand(BlockingQueue<CompletableFuture<List<Outcome>>> queue, CompletableFuture<List<Outcome>> item) {
            try {
                while (!cancelled && !queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    // the writer is busy committing: wait
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void readAll(List<Path> paths, ExecutorService pool, BlockingQueue<CompletableFuture<List<Outcome>>> queue) {
            List<Outcome> early = new ArrayList<>();
            List<Path> files = InputFiles.expand(paths, p -> {
                recordsRead.increment();
                early.add(new Outcome(null, p, 0, false));
            });
            if (!early.isEmpty()) {
                hand(queue, CompletableFuture.completedFuture(early));
            }
            for (Path file : files) {
                readFile(file, pool, queue);
            }
        }

        private void readFile(Path file, ExecutorService pool, BlockingQueue<CompletableFuture<List<Outcome>>> queue) {
            String name = file.toString();
            List<IncomingArticle> chunk = new ArrayList<>(CHUNK);
            List<Outcome> fileProblems = new ArrayList<>();
            long size = 0;
            try {
                ArticleReader reader = readers.get(InputFiles.extension(file));
                if (reader == null) {
                    throw new RejectedInputException("unsupported file type (expected "
                            + readers.keySet().stream().sorted().map(e -> "." + e).collect(Collectors.joining(", ")) + ")");
                }
                size = Files.size(file);
                if (size > fileLimit) {
                    throw new RejectedInputException(String.format(java.util.Locale.ROOT,
                            "file is %s, larger than the %s limit (--max-file-size)", Sizes.format(size), Sizes.format(fileLimit)));
                }
                int[] found = {0};
                byte[] bytes = Files.readAllBytes(file);
                TextDecoder.Decoded decoded = !reader.oneRecordPerLine() ? TextDecoder.decodeWithNote(bytes)
                        : TextDecoder.decodeLines(bytes, (line, reason) -> {
                            found[0]++;
                            recordsRead.increment();
                            fileProblems.add(new Outcome(null, new ImportProblem(name, line, reason), 0, false));
                        });
                String text = decoded.text();
                if (decoded.charsetNote() != null) {
                    fileProblems.add(new Outcome(null, ImportProblem.warning(name, null, decoded.charsetNote()), 0, false));
                }
                if (text.isBlank() && found[0] == 0) {
                    throw new RejectedInputException("empty file: no article text");
                }
                reader.read(name, text, fields, new ArticleReader.Sink() {
                    @Override
                    public void article(IncomingArticle article) {
                        found[0]++;
                        recordsRead.increment();
                        chunk.add(article);
                        if (chunk.size() == CHUNK) {
                            submit(new ArrayList<>(chunk), List.copyOf(fileProblems), 0, false, pool, queue);
                            chunk.clear();
                            fileProblems.clear();
                        }
                    }

                    @Override
                    public void rejected(String f, Integer line, String reason) {
                        found[0]++;
                        recordsRead.increment();
                        fileProblems.add(new Outcome(null, new ImportProblem(f, line, reason), 0, false));
                    }
                });
                if (found[0] == 0) {
                    throw new RejectedInputException("no articles in this file");
                }
            } catch (RejectedInputException e) {
                recordsRead.increment();
                fileProblems.add(new Outcome(null, new ImportProblem(name, e.line(), e.getMessage()), 0, false));
            } catch (IOException e) {
                recordsRead.increment();
                fileProblems.add(new Outcome(null, new ImportProblem(name, null, "cannot read: " + e.getMessage()), 0, false));
            }
            submit(chunk, fileProblems, size, true, pool, queue);
        }

        private void submit(List<IncomingArticle> chunk, List<Outcome> problemsBefore, long fileBytes, boolean fileDone,
                ExecutorService pool, BlockingQueue<CompletableFuture<List<Outcome>>> queue) {
            CompletableFuture<List<Outcome>> future = CompletableFuture.supplyAsync(() -> {
                long cpuAtStart = THREADS.getCurrentThreadCpuTime();
                List<Outcome> out = new ArrayList<>(problemsBefore);
                for (IncomingArticle in : chunk) {
                    try {
                        out.add(new Outcome(preparer.prepare(in), null, 0, false));
                    } catch (RejectedInputException e) {
                        out.add(new Outcome(null, new ImportProblem(in.file(), e.line(), e.getMessage()), 0, false));
                    }
                }
                if (fileDone) {
                    out.add(new Outcome(null, null, fileBytes, true));
                }
                preparingCpuNanos.add(THREADS.getCurrentThreadCpuTime() - cpuAtStart);
                return out;
            }, pool);
            hand(queue, future);
        }

        private void accept(Outcome outcome) {
            if (outcome.fileDone()) {
                files++;
                bytes += outcome.bytes();
            } else if (outcome.problem() != null) {
                record(outcome.problem());
            } else {
                store(outcome.article());
            }
        }

        private void record(ImportProblem problem) {
            if (problem.warning()) {
                warnings++;
            } else {
                problems++;
            }
            pendingProblems.add(problem);
            if (keptProblems.size() < PROBLEMS_KEPT) {
                keptProblems.add(problem);
            }
            listener.problem(problem);
        }

        private void store(PreparedArticle a) {
            long prefix = ArticleRepository.hashPrefix(a.contentHash());
            String key = a.contentHash() + a.titleHash();
            Long original = !knownHashes.contains(prefix) ? null
                    : pendingKeys.containsKey(key) ? pendingKeys.get(key) : storedCopy(a.contentHash(), a.titleHash());
            if (original != null) {
                duplicate(a.file(), a.line(), a.title(), original);
                return;
            }
            knownHashes.add(prefix);
            long id = dryRun ? --dryRunIds : nextId();
            pendingKeys.put(key, id);
            listener.prepared(a);
            for (String warning : a.warnings()) {
                record(ImportProblem.warning(a.file(), a.line(), warning));
            }
            long matchStart = System.nanoTime();
            StoryMatch story = stories.match(id, a.sketch());
            stories.add(id, story.storyCluster(), a.sketch());
            storyMatchingNanos += System.nanoTime() - matchStart;
            PublishedDate published = a.published();
            pending.add(new NewArticle(id, a.rawText(), a.cleanText(), a.cleanCodePoints(), a.cleaningReportJson(),
                    a.title(), a.outlet(), a.author(), a.url(),
                    published == null ? null : published.date(),
                    published == null ? null : published.precision().name(),
                    a.dateline(), a.language(), a.creditLine(), a.flags(), a.extraJson(), a.contentHash(), a.titleHash(),
                    story.storyCluster(), story.similarity(), story.duplicateOf(), batchId, a.file(), a.line(),
                    a.sketch().shingleCount(), a.sketch().encodedHashes()));
            if (pending.size() >= batchSize) {
                flush();
            }
        }

        private void duplicate(String file, Integer line, String title, long original) {
            duplicates++;
            pendingDuplicates.add(new ImportDuplicate(file, line, title, original));
        }

        /** The stored article with the same text and title, or null. */
        private Long storedCopy(String contentHash, String titleHash) {
            for (ArticleRepository.SameText same : articles.withContentHash(contentHash)) {
                String stored = same.titleHash() != null ? same.titleHash() : ArticlePreparer.titleHash(same.title());
                if (stored.equals(titleHash)) {
                    return same.id();
                }
            }
            return null;
        }

        private long nextId() {
            if (nextId == idBlockEnd) {
                if (nextIdBlock == idBlocks.length) {
                    // each commit took the writer about 0.8 ms (profiled), ten rows' worth: a long import reserves
                    // up to ten blocks per transaction; the first reservations stay small, so that a small import
                    // leaves no wide gap in the ids
                    int blocks = Math.min(ID_BLOCKS_AT_ONCE, 1 << Math.min(reservations++, 4));
                    idBlocks = dsl.transactionResult(c -> articles.allocateIdBlocks(blocks));
                    nextIdBlock = 0;
                }
                nextId = idBlocks[nextIdBlock++];
                idBlockEnd = nextId + ArticleRepository.ID_BLOCK;
            }
            return nextId++;
        }

        void flush() {
            if (pending.isEmpty() && pendingProblems.isEmpty() && pendingDuplicates.isEmpty()) {
                return;
            }
            if (dryRun) {
                // in-memory only: a dry run remembers what it would have stored so far, to find duplicates in the input
                imported += pending.size();
                pending.clear();
                pendingProblems.clear();
                pendingDuplicates.clear();
                listener.progress(counts());
                return;
            }
            int stored = pending.size();
            long writeStart = System.nanoTime();
            try {
                dsl.transaction(c -> write(pending));
            } catch (DataIntegrityViolationException oneRowRefused) {
                // another import stored one of these texts meanwhile, or the database refuses one row: go one by
                // one, skip the duplicates, and reject only the refused record, with the database's reason
                stored = 0;
                for (NewArticle a : pending) {
                    try {
                        Long original = dsl.transactionResult(c -> {
                            Long copy = storedCopy(a.contentHash(), a.titleHash());
                            if (copy == null) {
                                articles.insertAll(List.of(a));
                            }
                            return copy;
                        });
                        if (original == null) {
                            stored++;
                        } else {
                            duplicate(a.importFile(), a.importLine(), a.title(), original);
                        }
                    } catch (org.springframework.dao.DataAccessException refused) {
                        accept(new Outcome(null, new ImportProblem(a.importFile(), a.importLine(),
                                "the database refused the record: " + firstLine(refused.getMostSpecificCause())), 0, false));
                    }
                }
                dsl.transaction(c -> write(List.of()));
            }
            writingNanos += System.nanoTime() - writeStart;
            imported += stored;
            pending.clear();
            pendingKeys.clear();
            pendingProblems.clear();
            pendingDuplicates.clear();
            listener.progress(counts());
        }

        private void write(List<NewArticle> rows) {
            articles.insertAll(rows);
            batches.addProblems(batchId, pendingProblems);
            batches.addDuplicates(batchId, pendingDuplicates);
            batches.updateCounts(batchId, counts(imported + rows.size()));
        }
    }

    /** A database message without the SQL statement H2 appends to it. */
    private static String firstLine(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        int cut = message.indexOf("; SQL statement:");
        message = cut < 0 ? message : message.substring(0, cut);
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

}

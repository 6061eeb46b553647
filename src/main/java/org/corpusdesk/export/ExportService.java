package org.corpusdesk.export;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.corpusdesk.user.Actor;
import org.corpusdesk.user.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the curated corpus as a labeled dataset: data files in the chosen format, a dataset card (README.md)
 * and manifest.json, all in one new folder; the export is recorded in the database. The articles are read in one
 * read-only, repeatable-read transaction, so the files describe one state of the database.
 */
@Service
public class ExportService {

    private final Map<String, DatasetFormat> formats = new TreeMap<>();
    private final List<DatasetFormat> ordered;
    private final DatasetReader reader;
    private final RegistryReader registries;
    private final ExportRecords records;
    private final CurrentUser currentUser;
    private final TransactionTemplate snapshot;

    private final org.springframework.beans.factory.ObjectProvider<org.corpusdesk.agreement.AgreementService> agreement;

    public ExportService(List<DatasetFormat> formats, DatasetReader reader, RegistryReader registries,
            ExportRecords records, CurrentUser currentUser, PlatformTransactionManager transactions,
            org.springframework.beans.factory.ObjectProvider<org.corpusdesk.agreement.AgreementService> agreement) {
        this.agreement = agreement;
        this.ordered = List.copyOf(formats);
        formats.forEach(f -> this.formats.put(f.name(), f));
        this.reader = reader;
        this.registries = registries;
        this.records = records;
        this.currentUser = currentUser;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** The formats, in the order the CLI help and the Export page show them. */
    public List<DatasetFormat> formats() {
        return ordered;
    }

    @PreAuthorize("hasRole('CURATOR')")
    public ExportResult export(ExportRequest request) {
        return export(request, stats -> { });
    }

    /** Runs an export; {@code started} receives the live counts (for a progress bar) before the first article. */
    @PreAuthorize("hasRole('CURATOR')")
    public ExportResult export(ExportRequest request, Consumer<ExportStats> started) {
        DatasetFormat format = formats.get(request.format() == null ? "" : request.format().toLowerCase(java.util.Locale.ROOT));
        if (format == null) {
            throw new ExportProblem("unknown format '" + request.format() + "' (available: "
                    + String.join(", ", formats.keySet()) + ")");
        }
        prepare(request.outDir());
        records.markDeadRunsInterrupted();
        Actor actor = currentUser.actor();
        String key = UUID.randomUUID().toString();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        long id = records.started(key, request, ExportManifest.JSON.writeValueAsString(request.parameters()),
                actor.id(), actor.name());
        long start = System.nanoTime();
        ExportStats stats = new ExportStats();
        started.accept(stats);
        try {
            List<DataFiles.Summary> files = snapshot.execute(tx -> {
                try (DataFiles out = new DataFiles(request.outDir())) {
                    List<SplitAssigner.Cluster> clusters = reader.clusters(request.status());
                    stats.expect(clusters.stream().mapToLong(SplitAssigner.Cluster::articles).sum());
                    Long2IntOpenHashMap splits = request.split() == null ? null
                            : SplitAssigner.assign(clusters, request.split(), request.seed(), request.stratifyByOutlet());
                    DatasetSource source = new DatasetSource(request, reader, registries, splits, stats);
                    format.write(source, out);
                    source.countOnly();
                    out.close();
                    // no article with several layers (most exports): nothing to compute
                    List<org.corpusdesk.agreement.AgreementRow> agreed = stats.severalLayers.isEmpty() ? List.of()
                            : agreement.getObject().agreement(new org.corpusdesk.agreement.AgreementService.Filter(
                                    java.util.Set.of(), java.util.Set.of(), null, stats.severalLayers::contains));
                    DatasetCard.write(request.outDir(), format, request, key, at, stats, source.labels(), out.summaries(),
                            agreed);
                    return out.summaries();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            String manifestSha = ExportManifest.write(request.outDir(), key, at, request, stats, files);
            records.finished(id, stats, manifestSha);
            return new ExportResult(id, key, request.outDir(), stats, files, (System.nanoTime() - start) / 1e9);
        } catch (IOException | RuntimeException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            records.failed(id, cause.toString());
            if (cause instanceof IOException io) {
                throw new ExportProblem("cannot write the export to " + request.outDir() + ": " + io.getMessage());
            }
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    public List<ExportRecords.PastExport> recent(int limit) {
        records.markDeadRunsInterrupted();
        return records.recent(limit);
    }

    /** The output folder must be new or empty: an export never mixes with, or overwrites, other files. */
    private static void prepare(Path dir) {
        try {
            if (Files.exists(dir)) {
                if (!Files.isDirectory(dir)) {
                    throw new ExportProblem("--out " + dir + " is a file, not a folder");
                }
                try (Stream<Path> entries = Files.list(dir)) {
                    if (entries.findAny().isPresent()) {
                        throw new ExportProblem("--out " + dir + " is not empty: export into a new or empty folder");
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ExportProblem("cannot create the output folder " + dir + ": " + e.getMessage());
        }
    }
}

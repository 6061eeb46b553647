package org.corpusdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corpusdesk.ingest.CleaningSurvey;
import org.corpusdesk.ingest.ImportCounts;
import org.corpusdesk.ingest.PreparedArticle;
import org.corpusdesk.ingest.ImportListener;
import org.corpusdesk.ingest.ImportOptions;
import org.corpusdesk.ingest.ImportProblem;
import org.corpusdesk.ingest.ImportReport;
import org.corpusdesk.ingest.ImportService;
import org.corpusdesk.ingest.format.FieldMapping;
import org.corpusdesk.export.DatasetFormat;
import org.corpusdesk.ingest.dataset.AnnotatedImports;
import org.corpusdesk.ingest.dataset.DatasetImportException;
import org.corpusdesk.ingest.dataset.DatasetImportReport;
import org.corpusdesk.shared.Sizes;
import org.corpusdesk.user.CurrentUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Import articles from files and folders (recursive): .txt (one article a file), "
                + ".jsonl, .json, .csv and .tsv (fields title, text, outlet, author, url, published, language, under their usual "
                + "names: text, body, content, article, description, …; delimiter and quote of CSV detected).",
                "A folder written by 'export --format jsonl' imports back whole (registries, metadata, spans, relations), "
                + "one of its data files alone without the registries; a brat folder (.txt + .ann, NAME_ANNOTATOR.ann, "
                + "one folder per annotator), a doccano .jsonl file and a Label Studio .json export bring their "
                + "annotations in, onto existing articles when the text matches (--list-formats lists them).",
                "Exit code 0: all imported or skipped as duplicates; 2: some input rejected (listed); 1: fatal error."})
public class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files and folders to import")
    List<Path> paths = List.of();

    @Option(names = "--list-formats", description = "list the annotated formats read: the name, a tab, what is read")
    boolean listFormats;

    @Option(names = "--max-file-size", paramLabel = "SIZE",
            description = "reject files larger than this, e.g. 50MB (1MB = 1,024 KB; default: 20MB, corpusdesk.import.max-file-bytes)")
    String maxFileSize;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN[,…]",
            description = "which column or member gives an article field where the usual names do not, "
                    + "e.g. text=description,title=headline (fields: text, title, outlet, author, url, published, language)")
    String map;

    @Option(names = "--dry-run", description = "read, clean and look for duplicates as the import would, write nothing")
    boolean dryRun;

    @Option(names = "--report", description = "print, per cleaning rule, how many lines or fragments it removed and "
            + "samples of them, and how often title, dateline, outlet, author and date were found")
    boolean report;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "5",
            description = "samples per cleaning rule in --report (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines")
    boolean quiet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> articles = new java.util.ArrayList<>();
        boolean rejected = false;
        if (paths.isEmpty() && !listFormats) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required parameter: PATH (the files and folders to import)");
        }
        AnnotatedImports annotated = database.bean(AnnotatedImports.class);
        if (listFormats) {
            annotated.readable().forEach(f -> spec.commandLine().getOut().println(f.name() + "\t" + f.importedAs()));
            spec.commandLine().getOut().flush();
            return CliExit.OK;
        }
        for (Path path : paths) {
            java.util.Optional<DatasetFormat> kind = annotated.formatOf(path);
            if (dryRun && kind.isPresent()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--dry-run reads article files; "
                        + path + " is annotated data (" + kind.get().importedAs() + ")");
            }
            if (kind.isPresent()) {
                rejected |= importAnnotated(path, kind.get());
            } else {
                articles.add(path);
            }
        }
        return articles.isEmpty() ? (rejected ? CliExit.REJECTED : CliExit.OK)
                : Math.max(importArticles(articles), rejected ? CliExit.REJECTED : CliExit.OK);
    }

    /** A Corpus Desk JSONL export or a brat folder: articles with their annotations. Returns whether some were rejected. */
    private boolean importAnnotated(Path path, DatasetFormat kind) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean dataset = kind.name().equals("jsonl");
        DatasetImportReport r;
        try {
            AnnotatedImports imports = database.bean(AnnotatedImports.class);
            r = CurrentUser.runAsAdministrator(CurrentUser.commandLineActor(), () -> {
                try {
                    // after the first file (a script sees the import is under way), then at most every 2 s
                    long[] lastPrint = {0};
                    return imports.run("CLI", kind, path, null, (done, files, spans) -> {
                        long now = System.nanoTime();
                        if (!quiet && done > 0 && (lastPrint[0] == 0 || now - lastPrint[0] > 2_000_000_000L)) {
                            lastPrint[0] = now;
                            err.printf(Locale.ROOT, "… %,d of %,d files, %,d spans%n", done, files, spans);
                            err.flush();
                        }
                    });
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (DatasetImportException e) {
            err.println("rejected: " + e.getMessage());
            return true;
        }
        r.problems().forEach(p -> err.println("rejected: " + p));
        out.printf(Locale.ROOT, "Imported %s %s: %,d new articles, %,d %s, %,d spans, %,d relations, %,d sources, "
                        + "%,d claims, %,d problems.%n", kind.importedAs(), path, r.articles(),
                r.duplicates(), dataset ? "skipped as duplicates" : "matched existing articles", r.spans(),
                r.relations(), r.sources(), r.claims(), r.problems().size());
        out.flush();
        return !r.problems().isEmpty();
    }

    private int importArticles(List<Path> paths) {
        Long limit;
        try {
            limit = maxFileSize == null ? null : Sizes.parse(maxFileSize);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-file-size: " + e.getMessage());
        }
        FieldMapping fields;
        try {
            fields = FieldMapping.parse(map);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--map: " + e.getMessage());
        }
        ImportService service = database.bean(ImportService.class);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        CleaningSurvey survey = report ? new CleaningSurvey(Math.max(0, samples)) : null;
        ImportListener listener = new ImportListener() {
            private long lastPrint;
            private boolean committed;

            /** After the first commit (so a script sees that articles are stored), then at most every 2 s. */
            @Override
            public void progress(ImportCounts c) {
                long now = System.nanoTime();
                if (!quiet && (!committed || now - lastPrint > 2_000_000_000L)) {
                    committed = true;
                    lastPrint = now;
                    double seconds = (now - started) / 1e9;
                    err.printf(Locale.ROOT, "… %,d imported, %,d duplicates, %,d rejected, %,d files (%,.0f articles/s)%n",
                            c.imported(), c.duplicates(), c.problems(), c.files(), c.imported() / seconds);
                    err.flush();
                }
            }

            @Override
            public void problem(ImportProblem problem) {
                err.println((problem.warning() ? "warning: " : "rejected: ") + problem);
                err.flush();
            }

            @Override
            public void prepared(PreparedArticle article) {
                if (survey != null) {
                    survey.prepared(article);
                }
            }
        };
        ImportOptions options = ImportOptions.cli(limit).withFields(fields);
        ImportReport result = service.importPaths(paths, dryRun ? options.asDryRun() : options, listener);
        ImportCounts c = result.counts();
        if (survey != null) {
            survey.print(out);
        }
        out.printf(Locale.ROOT, "%s %,d article%s from %,d file%s: %,d skipped as duplicate%s, %,d rejected"
                        + "%s (%.1f s, %s).%n", dryRun ? "Dry run, nothing written: would import" : "Imported",
                c.imported(), c.imported() == 1 ? "" : "s", c.files(), c.files() == 1 ? "" : "s",
                c.duplicates(), c.duplicates() == 1 ? "" : "s", c.problems(),
                c.warnings() == 0 ? "" : String.format(Locale.ROOT, ", %,d warning%s", c.warnings(),
                        c.warnings() == 1 ? "" : "s"),
                result.elapsed().toMillis() / 1000.0, dryRun ? "no import batch" : "import batch " + result.batchId());
        out.println(c.accounting() + (c.duplicates() == 0 || dryRun ? "" : "; duplicates are listed in v_import_duplicate"));
        out.flush();
        return result.hasRejections() ? CliExit.REJECTED : CliExit.OK;
    }
}

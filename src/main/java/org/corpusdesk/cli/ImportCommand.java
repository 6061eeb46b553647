package org.corpusdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corpusdesk.ingest.ImportCounts;
import org.corpusdesk.ingest.ImportListener;
import org.corpusdesk.ingest.ImportOptions;
import org.corpusdesk.ingest.ImportProblem;
import org.corpusdesk.ingest.ImportReport;
import org.corpusdesk.ingest.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Import articles from files and folders (recursive): .txt (one article a file), "
                + ".jsonl, .json and .csv (fields title, text or body, outlet, author, url, published, language).",
                "Exit code 0: all imported or skipped as duplicates; 2: some input rejected (listed); 1: fatal error."})
public class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files and folders to import")
    List<Path> paths;

    @Option(names = "--max-file-size", paramLabel = "SIZE",
            description = "reject files larger than this, e.g. 50MB (default: 20MB, corpusdesk.import.max-file-bytes)")
    String maxFileSize;

    @Option(names = {"-q", "--quiet"}, description = "no progress lines")
    boolean quiet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Long limit = maxFileSize == null ? null : Sizes.parseBytes(maxFileSize, spec.commandLine());
        ImportService service = database.bean(ImportService.class);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        ImportListener listener = new ImportListener() {
            private long lastPrint = System.nanoTime();

            @Override
            public void progress(ImportCounts c) {
                long now = System.nanoTime();
                if (!quiet && now - lastPrint > 2_000_000_000L) {
                    lastPrint = now;
                    double seconds = (now - started) / 1e9;
                    err.printf(Locale.ROOT, "… %,d imported, %,d duplicates, %,d rejected, %,d files (%,.0f articles/s)%n",
                            c.imported(), c.duplicates(), c.problems(), c.files(), c.imported() / seconds);
                    err.flush();
                }
            }

            @Override
            public void problem(ImportProblem problem) {
                err.println("rejected: " + problem);
                err.flush();
            }
        };
        ImportReport report = service.importPaths(paths, ImportOptions.cli(limit), listener);
        ImportCounts c = report.counts();
        out.printf(Locale.ROOT, "Imported %,d article%s from %,d file%s: %,d skipped as duplicate%s, %,d rejected"
                        + " (%.1f s, import batch %d).%n",
                c.imported(), c.imported() == 1 ? "" : "s", c.files(), c.files() == 1 ? "" : "s",
                c.duplicates(), c.duplicates() == 1 ? "" : "s", c.problems(),
                report.elapsed().toMillis() / 1000.0, report.batchId());
        out.flush();
        return report.hasRejections() ? CliExit.REJECTED : CliExit.OK;
    }
}

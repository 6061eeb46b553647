package org.corpusdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corpusdesk.export.DataFiles;
import org.corpusdesk.export.ExportProblem;
import org.corpusdesk.export.ExportRequest;
import org.corpusdesk.export.ExportResult;
import org.corpusdesk.export.ExportService;
import org.corpusdesk.export.ExportStatus;
import org.corpusdesk.export.SplitRatios;
import org.corpusdesk.user.CurrentUser;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Export the curated articles as a labeled dataset: data files, README.md (dataset card) and "
                + "manifest.json (checksums) in a new folder. --list-formats lists the formats (docs/dataset-format.md).",
                "Exit code 0: exported; 2: refused (unknown format, non-empty folder, bad option); 1: fatal error."})
public class ExportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "one of --list-formats (default: jsonl)")
    String format;

    @Option(names = "--list-formats", description = "list the dataset formats: the name, a tab, what it holds")
    boolean listFormats;

    @Option(names = "--out", paramLabel = "DIR", description = "a new or empty folder (required to export)")
    Path out;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "approved",
            description = "approved (default: approved or curated), done (done, curated or approved) or all")
    ExportStatus status;

    @Option(names = "--labels", split = ",", paramLabel = "L", description = "only these labels, e.g. SOURCE,CLAIM")
    List<String> labels;

    @ArgGroup(exclusive = true)
    Layer layer;

    static class Layer {
        @Option(names = "--annotator", paramLabel = "NAME", description = "only this user's annotations")
        String annotator;

        @Option(names = "--gold", description = "the gold layer: the curated merge where a curator curated; else curators' spans, or the only annotator's")
        boolean gold;
    }

    @Option(names = "--split", paramLabel = "T/V/T", description = "train/validation/test ratios, e.g. 80/10/10")
    String split;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "seed of the split (default 42)")
    long seed;

    @Option(names = "--stratify-outlet", description = "spread every outlet over the splits in the same ratios")
    boolean stratify;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listFormats) {
            for (org.corpusdesk.export.DatasetFormat f : database.bean(ExportService.class).formats()) {
                out.println(f.name() + "\t" + f.description());
            }
            out.flush();
            return CliExit.OK;
        }
        if (this.out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--out=DIR'");
        }
        ExportRequest request;
        try {
            request = new ExportRequest(format, out(), status, labels, layer == null ? null : layer.annotator,
                    layer != null && layer.gold, split == null ? null : SplitRatios.parse(split), seed, stratify);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return CliExit.REJECTED;
        }
        ExportService service = database.bean(ExportService.class);
        try {
            ExportResult r = CurrentUser.runAsAdministrator(CurrentUser.commandLineActor(), () -> service.export(request));
            out.printf(Locale.ROOT, "Exported %,d articles, %,d spans, %,d relations as %s to %s (%.1f s, %.1f MB/s, export %s).%n",
                    r.stats().articles(), r.stats().spans(), r.stats().relations(), request.format(), r.outDir(),
                    r.seconds(), r.dataBytes() / 1e6 / Math.max(r.seconds(), 1e-3), r.exportKey());
            for (DataFiles.Summary f : r.files()) {
                out.printf(Locale.ROOT, "  %-28s %,10d rows %,14d bytes%n", f.path(), f.rows(), f.bytes());
            }
            out.flush();
            return CliExit.OK;
        } catch (ExportProblem e) {
            err.println("error: " + e.getMessage());
            return CliExit.REJECTED;
        }
    }

    private Path out() {
        return out;
    }
}

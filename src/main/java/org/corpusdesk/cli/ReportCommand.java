package org.corpusdesk.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corpusdesk.report.QueryRejectedException;
import org.corpusdesk.report.ReportDefinition;
import org.corpusdesk.report.ReportRun;
import org.corpusdesk.report.ReportService;
import org.corpusdesk.user.CurrentUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Run a built-in report (a SQL file over the v_* views, docs/reporting.md) as the read-only account.",
                "Exit code 0: printed; 2: unknown report or parameter, bad value, or the query was refused."})
public class ReportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--list", description = "list the reports: the name, a tab, the title")
    boolean list;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the report to run")
    String name;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    ResultFormat format;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "a report parameter, e.g. --param outlet=AFP")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--recount", description = {"recompute the counts the report reads (rollups) first, whatever "
            + "their state: after rows were written outside Corpus Desk (docs/reporting.md, Freshness)"})
    boolean recount;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportService reports = database.reports();
        if (list || name == null) {
            for (ReportDefinition r : reports.reports()) {
                out.println(r.name() + "\t" + r.title());
            }
            out.flush();
            if (!list) {
                err.println("Run one with: report NAME [--param key=value] [--format csv|json|table]");
            }
            return list ? CliExit.OK : CliExit.REJECTED;
        }
        try {
            ReportRun run = CurrentUser.runAsAdministrator(CurrentUser.commandLineActor(), () -> {
                try {
                    return reports.run(name, params, recount);
                } catch (QueryRejectedException e) {
                    throw new IllegalArgumentException(e.getMessage());
                }
            });
            format.printer().print(run.result(), out);
            out.flush();
            if (run.countsAsOf() != null) {
                err.println("note: counts as of " + run.countsAsOf() + " (rollups; docs/reporting.md)");
            }
            if (run.result().truncated()) {
                err.printf(Locale.ROOT, "note: only the first %d rows are shown%n", run.result().rows().size());
            }
            return CliExit.OK;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return CliExit.REJECTED;
        }
    }
}

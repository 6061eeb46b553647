package org.corpusdesk.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.corpusdesk.report.QueryRejectedException;
import org.corpusdesk.report.QueryResult;
import org.corpusdesk.report.ReadOnlyQueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sql", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Run one read-only query over the reporting views (v_article, v_annotation, …; "
                + "see docs/reporting.md) and print the result.",
                "Writes, DDL, files, functions, links and settings are refused (exit code 2), as is a query "
                + "running past the timeout."})
public class SqlCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "QUERY", description = "the SELECT statement")
    String query;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE})")
    ResultFormat format;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop the query after this long (default: 10)")
    Integer timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", description = "print at most N rows (default: 10000)")
    Integer maxRows;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ReadOnlyQueryRunner runner = database.queryRunner();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            QueryResult result = runner.run(query,
                    Duration.ofSeconds(timeoutSeconds == null ? runner.defaultTimeout().toSeconds() : timeoutSeconds),
                    maxRows == null ? runner.defaultMaxRows() : maxRows);
            format.printer().print(result, out);
            out.flush();
            if (result.truncated()) {
                err.println("note: only the first " + result.rows().size() + " rows are shown (--max-rows)");
            }
            return CliExit.OK;
        } catch (QueryRejectedException e) {
            err.println("error: " + e.getMessage());
            return CliExit.REJECTED;
        }
    }
}

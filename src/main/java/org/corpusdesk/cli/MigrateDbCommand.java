package org.corpusdesk.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.corpusdesk.migrate.DatabaseCopier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "migrate-db", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Copy the embedded H2 database (--data DIR) into an empty PostgreSQL database: every table, "
                + "users and audit included; then compare every table by row count and SHA-256 (docs/deployment.md).",
                "Stop the server first. Exit code 0: copied and verified; 2: refused (target not empty) or a table "
                        + "differs; 1: fatal error."})
public class MigrateDbCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--to", required = true, paramLabel = "JDBC_URL", description = "e.g. jdbc:postgresql://db:5432/corpus")
    String to;

    @Option(names = "--to-user", required = true, paramLabel = "USER")
    String user;

    @Option(names = "--to-password-stdin", description = "read the target password from the first line of standard input")
    boolean passwordStdin;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!to.startsWith("jdbc:postgresql:")) {
            err.println("error: --to must be a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE)");
            return CliExit.REJECTED;
        }
        String password = "";
        if (passwordStdin) {
            String line = CorpusDeskCli.firstInputLine();
            password = line == null ? "" : line;
        }
        DataSource source = database.bean(DataSource.class);
        DatabaseCopier.migrate(to, user, password);
        List<DatabaseCopier.TableResult> results;
        try (Connection from = source.getConnection(); Connection into = DriverManager.getConnection(to, user, password)) {
            results = DatabaseCopier.copy(from, into, line -> {
                err.println("copied " + line);
                err.flush();
            });
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return CliExit.REJECTED;
        }
        out.printf(Locale.ROOT, "%-24s %12s %12s  %-16s %s%n", "table", "source rows", "target rows", "sha-256", "check");
        boolean ok = true;
        for (DatabaseCopier.TableResult r : results) {
            out.printf(Locale.ROOT, "%-24s %,12d %,12d  %-16s %s%n", r.table(), r.sourceRows(), r.targetRows(),
                    r.targetSha256().substring(0, 16), r.matches() ? "ok" : "DIFFERS (source " + r.sourceSha256().substring(0, 16) + ")");
            ok &= r.matches();
        }
        out.println(ok ? "All tables copied and verified. Point the app at the new database with --spring.datasource.url="
                + to : "Some tables differ: do not switch over; see above.");
        out.flush();
        return ok ? CliExit.OK : CliExit.REJECTED;
    }
}

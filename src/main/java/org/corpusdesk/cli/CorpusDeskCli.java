package org.corpusdesk.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command dispatcher: {@code java -jar corpus-desk.jar COMMAND …}. Without a command the UI is served. */
@Command(name = "corpus-desk", mixinStandardHelpOptions = true, versionProvider = CorpusDeskCli.Version.class,
        description = "Turn raw, noisy news articles into a clean, labeled dataset.%n"
                + "Without a command, serves the web UI on port 8080 (--server.port=N, --data DIR).",
        subcommands = {ImportCommand.class, ExportCommand.class, SqlCommand.class, ReportCommand.class, MigrateDbCommand.class, UsersCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class})
public final class CorpusDeskCli {

    private static final Set<String> COMMANDS = Set.of("import", "export", "sql", "report", "migrate-db", "users", "benchmark", "help", "--help", "-h",
            "--version", "-V");

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        return run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true));
    }

    private static java.io.InputStream input = System.in;

    static java.io.InputStream input() {
        return input;
    }

    /** The first line of standard input (for --password-stdin options), or null when there is none. */
    static String firstInputLine() throws java.io.IOException {
        return new java.io.BufferedReader(new java.io.InputStreamReader(input, java.nio.charset.StandardCharsets.UTF_8))
                .readLine();
    }

    /** As {@link #run(String[], java.io.PrintWriter, java.io.PrintWriter)}, reading standard input from {@code in}. */
    public static int run(String[] args, java.io.InputStream in, java.io.PrintWriter out, java.io.PrintWriter err) {
        java.io.InputStream previous = input;
        input = in;
        try {
            return run(args, out, err);
        } finally {
            input = previous;
        }
    }

    public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
        // Spring settings (--spring.datasource.url=…, --server.port=…) go to the command's Spring context;
        // picocli would reject them as unknown options of the sub-command
        java.util.List<String> own = new java.util.ArrayList<>();
        java.util.List<String> spring = new java.util.ArrayList<>();
        for (String arg : args) {
            (isSpringSetting(arg) ? spring : own).add(arg);
        }
        SpringContext.settings(spring);
        args = own.toArray(String[]::new);
        CommandLine cli = new CommandLine(new CorpusDeskCli()).setOut(out).setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + CliErrors.describe(e));
            return CliExit.FATAL;
        });
        try {
            return cli.execute(args);
        } finally {
            SpringContext.close();
        }
    }

    /** {@code --a.b=value}: a dotted property name, as Spring's command-line properties are written. */
    static boolean isSpringSetting(String arg) {
        int eq = arg.indexOf('=');
        return arg.startsWith("--") && eq > 2 && arg.substring(2, eq).contains(".");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CorpusDeskCli.class.getPackage().getImplementationVersion();
            return new String[] {"corpus-desk " + (v == null ? "(development build)" : v)};
        }
    }
}

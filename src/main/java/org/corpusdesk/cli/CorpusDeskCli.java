package org.corpusdesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command dispatcher: {@code java -jar corpus-desk.jar COMMAND …}. Without a command the UI is served. */
@Command(name = "corpus-desk", mixinStandardHelpOptions = true, versionProvider = CorpusDeskCli.Version.class,
        description = "Turn raw, noisy news articles into a clean, labeled dataset.%n"
                + "Without a command, serves the web UI on port 8080 (--server.port=N, --data DIR).")
public final class CorpusDeskCli {

    /** The commands, in the order help lists them; only the one that runs is built (picocli reflects on each). */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("sql", SqlCommand::new);
        COMMANDS.put("report", ReportCommand::new);
        COMMANDS.put("assign", AssignCommand::new);
        COMMANDS.put("agreement", AgreementCommand::new);
        COMMANDS.put("curate", CurateCommand::new);
        COMMANDS.put("migrate-db", MigrateDbCommand::new);
        COMMANDS.put("users", UsersCommand::new);
        COMMANDS.put("benchmark", BenchmarkCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("--help", "-h", "--version", "-V");

    /** What the arguments ask for: a command, the web server, or something this program does not know. */
    public enum Launch { COMMAND, SERVER, UNKNOWN }

    /**
     * A command when the first argument names one (or asks for help or the version); the server when every
     * argument is a setting ({@code --name=value}, {@code --data DIR}); anything else is a mistyped command,
     * which must never start the server.
     */
    public static Launch launch(String[] args) {
        String first = java.util.Arrays.stream(args).filter(a -> !isSpringSetting(a)).findFirst().orElse(null);
        if (first != null && (COMMANDS.containsKey(first) || TOP_LEVEL_OPTIONS.contains(first))) {
            return Launch.COMMAND;
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data") && i + 1 < args.length) {
                i++;
            } else if (!(arg.startsWith("--") && arg.indexOf('=') > 2)) {
                return Launch.UNKNOWN;
            }
        }
        return Launch.SERVER;
    }

    /** For a mistyped command or option: says so, lists the commands, returns the exit code for it. */
    public static int unknown(String[] args, java.io.PrintWriter err) {
        String first = java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(args[0]);
        err.println("error: unknown command or option '" + first + "'");
        err.println();
        CommandLine cli = commandLine(null, new java.io.PrintWriter(err, true), err);
        err.print(cli.getUsageMessage());
        err.flush();
        return CliExit.REJECTED;
    }

    private static CommandLine commandLine(String only, java.io.PrintWriter out, java.io.PrintWriter err) {
        CommandLine cli = new CommandLine(new CorpusDeskCli());
        for (Map.Entry<String, Supplier<Object>> c : COMMANDS.entrySet()) {
            if (only == null || c.getKey().equals(only)) {
                cli.addSubcommand(c.getKey(), c.getValue().get());
            }
        }
        return cli.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
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
        // "help COMMAND" and the top-level usage list every command; anything else builds only its own
        boolean single = args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help");
        CommandLine cli = commandLine(single ? args[0] : null, out, err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + CliErrors.describe(e));
            if (System.getenv("CORPUSDESK_TRACE") != null) { // the whole stack, for a bug report
                e.printStackTrace(commandLine.getErr());
            }
            return CliExit.FATAL;
        });
        try {
            return cli.execute(args);
        } finally {
            QuickQueries.closeCurrent();
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

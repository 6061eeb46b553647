package org.corpusdesk.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.corpusdesk.cli.CorpusDeskCli;

/** Runs the public command line in this JVM, as a script would, capturing output and exit code. */
public final class Cli {

    private Cli() {
    }

    public record Run(int exit, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CorpusDeskCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Runs the command line with {@code stdin} as standard input (for --password-stdin). */
    public static Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CorpusDeskCli.run(args, new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }
}

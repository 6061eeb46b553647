package org.corpusdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every database command shares: the data folder, and Spring settings such as a datasource URL. */
public class DatabaseOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "folder of the embedded H2 database (default: ./data)")
    Path dataDir;

    @CommandLine.Unmatched
    List<String> unmatched = new ArrayList<>();

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    Path dataDir() {
        return dataDir;
    }

    /** --spring.x=y style settings go to Spring; anything else unknown is a usage error. */
    List<String> springArguments() {
        List<String> spring = new ArrayList<>();
        for (String arg : unmatched) {
            if (arg.startsWith("--") && arg.contains("=") && arg.substring(2, arg.indexOf('=')).contains(".")) {
                spring.add(arg);
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown option or argument: " + arg);
            }
        }
        return spring;
    }

    <T> T bean(Class<T> type) {
        return SpringContext.bean(this, type);
    }
}

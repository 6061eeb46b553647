package org.corpusdesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The option every database command shares: the data folder. Spring settings such as a datasource URL
 * ({@code --spring.datasource.url=…}) are taken out of the arguments before parsing (CorpusDeskCli).
 */
public class DatabaseOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "folder of the embedded H2 database (default: ./data)")
    Path dataDir;

    Path dataDir() {
        return dataDir;
    }

    <T> T bean(Class<T> type) {
        return SpringContext.bean(this, type);
    }
}

package org.corpusdesk.cli;

import java.nio.file.Path;
import org.corpusdesk.report.ReadOnlyQueryRunner;
import org.corpusdesk.report.ReportService;
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

    /** The read-only query runner, without starting the application context when the database is ready for it. */
    ReadOnlyQueryRunner queryRunner() {
        return QuickQueries.current(dataDir).map(QuickQueries::runner).orElseGet(() -> bean(ReadOnlyQueryRunner.class));
    }

    ReportService reports() {
        return QuickQueries.current(dataDir).map(QuickQueries::reports).orElseGet(() -> bean(ReportService.class));
    }

    <T> T bean(Class<T> type) {
        return SpringContext.bean(this, type);
    }
}

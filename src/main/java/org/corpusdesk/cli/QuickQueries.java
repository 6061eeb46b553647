package org.corpusdesk.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.corpusdesk.report.ReadOnlyQueryRunner;
import org.corpusdesk.report.ReaderAccount;
import org.corpusdesk.report.ReportCatalog;
import org.corpusdesk.report.ReportService;
import org.corpusdesk.report.RollupService;
import org.corpusdesk.shared.CorpusDeskSettings;
import org.corpusdesk.shared.JooqSettings;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * {@code sql} and {@code report} on a database that exists and is migrated ({@link ReadyDatabase}), without an
 * application context: the same services (ReaderAccount, ReadOnlyQueryRunner, ReportService, RollupService) wired
 * by hand over one admin connection, so that a scripted query costs about what H2's own Shell costs
 * (docs/benchmarks.md). Otherwise the command goes the full way through {@link SpringContext}.
 */
final class QuickQueries implements AutoCloseable {

    private static QuickQueries current;
    private static boolean tried;

    private final SingleConnectionDataSource admin;
    private final String url;
    private final CorpusDeskSettings settings;
    private final ReadOnlyQueryRunner runner;
    private ReportService reports;

    private QuickQueries(SingleConnectionDataSource admin, String url, CorpusDeskSettings settings) {
        this.admin = admin;
        this.url = url;
        this.settings = settings;
        this.runner = new ReadOnlyQueryRunner(new ReaderAccount(admin, url, settings), settings);
    }

    ReadOnlyQueryRunner runner() {
        return runner;
    }

    /** jOOQ, whose start-up would be most of the command's own time, only when the rollups are recomputed. */
    ReportService reports() {
        if (reports == null) {
            RollupService rollups = new RollupService(() -> DSL.using(new TransactionAwareDataSourceProxy(admin),
                    JDBCUtils.dialect(url), JooqSettings.apply(new Settings())), admin,
                    new DataSourceTransactionManager(admin), settings);
            reports = new ReportService(new ReportCatalog(settings), runner, rollups);
        }
        return reports;
    }

    /** This command's quick wiring (opened on first use), or empty when it must start the application context. */
    static synchronized Optional<QuickQueries> current(Path dataDir) {
        if (!tried) {
            tried = true;
            current = open(dataDir, SpringContext.settings()).orElse(null);
        }
        return Optional.ofNullable(current);
    }

    static synchronized void closeCurrent() {
        if (current != null) {
            current.close();
        }
        current = null;
        tried = false;
    }

    /** The quick wiring, or empty when the command must start the application context. */
    static Optional<QuickQueries> open(Path dataDir, List<String> springSettings) {
        ReadyDatabase db = ReadyDatabase.start(dataDir, springSettings);
        if (db == null) {
            return Optional.empty();
        }
        quietLogging();
        try {
            // binding the settings here while the database opens on another thread: they take about as long each
            CorpusDeskSettings settings = bind(db.environment());
            Connection c = db.migrated();
            return c == null ? Optional.empty()
                    : Optional.of(new QuickQueries(new SingleConnectionDataSource(c, true), db.url(), settings));
        } catch (RuntimeException e) {
            db.close();
            return Optional.empty(); // the full start reports what is wrong, in its own words
        }
    }

    /**
     * As Spring Boot binds them, with the converters settings need (sizes, durations, paths) instead of Boot's
     * shared conversion service, whose hundreds of formatters cost more than the query.
     */
    static CorpusDeskSettings bind(ConfigurableEnvironment env) {
        var conversions = new org.springframework.core.convert.support.DefaultConversionService();
        org.springframework.boot.convert.ApplicationConversionService.addApplicationConverters(conversions);
        return new Binder(org.springframework.boot.context.properties.source.ConfigurationPropertySources.get(env),
                new org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver(env), conversions)
                .bindOrCreate("corpusdesk", CorpusDeskSettings.class);
    }

    /** As the application context sets it for commands: warnings and errors only. */
    static void quietLogging() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }

    @Override
    public void close() {
        admin.destroy();
    }
}

package org.corpusdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusdesk.DataDirectorySettings;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A command's database when it already exists, found from the settings without an application context, and
 * opened (as admin) on a background thread while the command prepares. Its schema is checked against the newest
 * migration in the jar: when it is current, a command needs no Flyway run (QuickQueries needs no context at all).
 * Settings are read as {@link DataDirectorySettings#launchEnvironment} reads them; anything more (profiles, YAML,
 * other config locations) or a database not created yet is left to the full start.
 */
final class ReadyDatabase implements AutoCloseable {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    private final ConfigurableEnvironment env;
    private final String url;
    private final CompletableFuture<Connection> opening;

    private ReadyDatabase(ConfigurableEnvironment env) {
        this.env = env;
        this.url = env.getProperty("spring.datasource.url");
        this.opening = CompletableFuture.supplyAsync(() -> {
            try {
                return DriverManager.getConnection(url, env.getProperty("spring.datasource.username"),
                        env.getProperty("spring.datasource.password"));
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Starts opening the database, or null when the settings need the full start or there is no database yet. */
    static ReadyDatabase start(Path dataDir, List<String> springSettings) {
        ConfigurableEnvironment env = environment(dataDir, springSettings);
        if (env == null) {
            return null;
        }
        new DataDirectorySettings().postProcessEnvironment(env, null);
        return new ReadyDatabase(env);
    }

    ConfigurableEnvironment environment() {
        return env;
    }

    String url() {
        return url;
    }

    /** The open admin connection when the schema is at the newest migration; otherwise null (and closed). */
    Connection migrated() {
        Connection c = null;
        try {
            c = opening.join();
            if (appliedMigration(c) == latestMigration()) {
                return c;
            }
        } catch (SQLException | IOException | RuntimeException e) {
            // not ready for a quick start: the full start migrates, or reports what is wrong in its own words
        }
        close();
        return null;
    }

    @Override
    public void close() {
        Connection c = opening.handle((opened, failed) -> opened).join();
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after a failure: the failure is what matters
            }
        }
    }

    /** Null when the settings need more of Spring Boot than this reads, or the embedded database does not exist yet. */
    private static ConfigurableEnvironment environment(Path dataDir, List<String> springSettings) {
        ConfigurableEnvironment env = DataDirectorySettings.launchEnvironment(dataDir, springSettings);
        Path dir = env == null ? null : DataDirectorySettings.embeddedDataDir(env);
        if (dir != null && (!Files.exists(dir.resolve(DataDirectorySettings.DATABASE_FILE))
                || !Files.exists(dir.resolve(DataDirectorySettings.CREDENTIALS_FILE)))) {
            return null;
        }
        return env;
    }

    private static int appliedMigration(Connection c) throws SQLException {
        int max = -1;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && v.matches("\\d+")) {
                    max = Math.max(max, Integer.parseInt(v));
                }
            }
        }
        return max;
    }

    /** The newest migration in the jar (db-migrations/, packaged as db/migration). */
    static int latestMigration() throws IOException {
        int max = -1;
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql")) {
            Matcher m = MIGRATION.matcher(String.valueOf(r.getFilename()));
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max;
    }
}

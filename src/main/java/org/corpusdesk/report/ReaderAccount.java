package org.corpusdesk.report;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.corpusdesk.shared.CorpusDeskSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The database account behind every user-written query: it may SELECT the reporting views (v_*) and the
 * label schema tables, nothing else. Created and granted on first use with the admin connection, so new
 * views added by later migrations are granted too. The password comes from the data directory's
 * credentials file (DataDirectorySettings) or {@code corpusdesk.reader.password}.
 */
@Component
public class ReaderAccount {

    public static final String USER = "CORPUS_READER";
    static final List<String> READABLE_TABLES = List.of("LABEL", "CLAIM_TYPE", "VERDICT");

    private final DataSource admin;
    private final String url;
    private final String password;
    private final int timeoutSeconds;
    private volatile boolean ready;

    public ReaderAccount(DataSource admin, @Value("${spring.datasource.url}") String url, CorpusDeskSettings settings) {
        this.admin = admin;
        this.timeoutSeconds = settings.sql().timeoutSeconds();
        this.url = readerUrl(url);
        String password = settings.reader().password();
        this.password = password.isBlank() ? generated() : password;
    }

    /** A new connection as the read-only account. */
    public Connection connect() throws SQLException {
        ensure();
        try {
            return DriverManager.getConnection(url, user(), password);
        } catch (SQLException e) {
            // on PostgreSQL another process (a command, another instance) may have set the role's password since:
            // set ours again once (configure the same corpusdesk.reader.password everywhere to avoid this)
            if (!postgres() || !"28P01".equals(e.getSQLState())) {
                throw e;
            }
            synchronized (this) {
                ready = false;
            }
            ensure();
            return DriverManager.getConnection(url, user(), password);
        }
    }

    /** The account's login name: PostgreSQL folds the unquoted role name to lower case. */
    public String user() {
        return postgres() ? USER.toLowerCase(Locale.ROOT) : USER;
    }

    private boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    public String url() {
        return url;
    }

    public String password() {
        return password;
    }

    public synchronized void ensure() throws SQLException {
        if (ready) {
            return;
        }
        if (postgres()) {
            ensurePostgres();
            ready = true;
            return;
        }
        if (!url.startsWith("jdbc:h2:")) {
            throw new SQLException("the read-only query account is set up for H2 and PostgreSQL; this database is " + url);
        }
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            String literal = "'" + password.replace("'", "''") + "'";
            s.execute("CREATE USER IF NOT EXISTS " + USER + " PASSWORD " + literal);
            s.execute("ALTER USER " + USER + " SET PASSWORD " + literal);
            for (String relation : readableRelations(s)) {
                s.execute("GRANT SELECT ON " + relation + " TO " + USER);
            }
        }
        ready = true;
    }

    /**
     * PostgreSQL: a login role that may use the schema and SELECT the views and label tables, whose every
     * transaction is read-only and whose statements stop after the configured timeout. Views run with their
     * owner's rights, so the role needs nothing on the tables behind them.
     */
    private void ensurePostgres() throws SQLException {
        String role = user();
        String literal = "'" + password.replace("'", "''") + "'";
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            boolean exists;
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
                exists = rs.next();
            }
            s.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role + " WITH LOGIN NOSUPERUSER NOCREATEDB "
                    + "NOCREATEROLE PASSWORD " + literal);
            s.execute("ALTER ROLE " + role + " SET default_transaction_read_only = on");
            s.execute("ALTER ROLE " + role + " SET statement_timeout = '" + timeoutSeconds + "s'");
            s.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM " + role);
            s.execute("GRANT USAGE ON SCHEMA public TO " + role);
            List<String> relations = new ArrayList<>(READABLE_TABLES);
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.views "
                    + "WHERE table_schema = 'public' AND table_name LIKE 'v\\_%' ORDER BY table_name")) {
                while (rs.next()) {
                    relations.add(rs.getString(1));
                }
            }
            for (String relation : relations) {
                s.execute("GRANT SELECT ON " + relation.toLowerCase(Locale.ROOT) + " TO " + role);
            }
        }
    }

    private static List<String> readableRelations(Statement s) throws SQLException {
        List<String> names = new ArrayList<>(READABLE_TABLES);
        try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.VIEWS "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (name.toUpperCase(Locale.ROOT).startsWith("V_")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * H2 applies the settings in a URL as SET commands when a connection opens, and most need admin rights
     * (DB_CLOSE_DELAY, MODE, …): the read-only account connects to the same database with only the
     * connection-level AUTO_SERVER settings, relying on the admin connection pool to keep it open.
     */
    static String readerUrl(String url) {
        if (url.startsWith("jdbc:postgresql:")) { // a user or password in the URL would win over the reader's own
            int q = url.indexOf('?');
            if (q < 0) {
                return url;
            }
            String params = java.util.Arrays.stream(url.substring(q + 1).split("&"))
                    .filter(p -> !p.startsWith("user=") && !p.startsWith("password="))
                    .collect(java.util.stream.Collectors.joining("&"));
            return url.substring(0, q) + (params.isEmpty() ? "" : "?" + params);
        }
        String[] parts = url.split(";");
        StringBuilder reader = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String key = parts[i].split("=", 2)[0].strip().toUpperCase(Locale.ROOT);
            if (key.equals("AUTO_SERVER") || key.equals("AUTO_SERVER_PORT")) {
                reader.append(';').append(parts[i]);
            }
        }
        return reader.toString();
    }

    private static String generated() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

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
    private volatile boolean ready;

    public ReaderAccount(DataSource admin, @Value("${spring.datasource.url}") String url,
            @Value("${corpusdesk.reader.password:}") String password) {
        this.admin = admin;
        this.url = readerUrl(url);
        this.password = password.isBlank() ? generated() : password;
    }

    /** A new connection as the read-only account. */
    public Connection connect() throws SQLException {
        ensure();
        return DriverManager.getConnection(url, USER, password);
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
        if (!url.startsWith("jdbc:h2:")) {
            throw new SQLException("the read-only query account is set up for H2 only so far; this database is " + url);
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

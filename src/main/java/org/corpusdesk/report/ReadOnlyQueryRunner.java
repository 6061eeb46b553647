package org.corpusdesk.report;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.corpusdesk.shared.CorpusDeskSettings;
import org.springframework.stereotype.Service;

/**
 * Runs one user-written query as the read-only account, in a read-only transaction that is rolled back,
 * with a statement timeout and a row cap. What the account may not do fails in the database; the errors
 * are turned into messages that say what is allowed.
 */
@Service
public class ReadOnlyQueryRunner {

    private final ReaderAccount account;
    private final Duration defaultTimeout;
    private final int defaultMaxRows;

    public ReadOnlyQueryRunner(ReaderAccount account, CorpusDeskSettings settings) {
        this.account = account;
        this.defaultTimeout = Duration.ofSeconds(settings.sql().timeoutSeconds());
        this.defaultMaxRows = settings.sql().maxRows();
    }

    public Duration defaultTimeout() {
        return defaultTimeout;
    }

    public int defaultMaxRows() {
        return defaultMaxRows;
    }

    public QueryResult run(String sql) throws QueryRejectedException {
        return run(sql, defaultTimeout, defaultMaxRows);
    }

    public QueryResult run(String sql, Duration timeout, int maxRows) throws QueryRejectedException {
        return run(sql, Map.of(), timeout, maxRows);
    }

    /**
     * As {@link #run(String, Duration, int)}, with {@code :name} parameters bound from {@code params} (a name not
     * given is bound as null). Values are bound, never spliced into the text.
     */
    public QueryResult run(String sql, Map<String, ?> params, Duration timeout, int maxRows) throws QueryRejectedException {
        String query = sql == null ? "" : sql.strip();
        while (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1).strip();
        }
        if (query.isEmpty()) {
            throw new QueryRejectedException("no query given");
        }
        if (maxRows < 1) {
            throw new QueryRejectedException("max rows must be at least 1, not " + maxRows);
        }
        if (SqlStatements.count(query) > 1) {
            throw new QueryRejectedException("one statement at a time: the text holds several statements");
        }
        String forbidden = SqlStatements.forbiddenClause(query);
        if (forbidden != null) {
            throw new QueryRejectedException(forbidden);
        }
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(query);
        SqlParameterSource source = new SqlParameterSource() { // a parameter not given is null
            @Override
            public boolean hasValue(String name) {
                return true;
            }

            @Override
            public Object getValue(String name) {
                return params.get(name);
            }
        };
        String jdbcSql = NamedParameterUtils.substituteNamedParameters(parsed, source);
        Object[] values = NamedParameterUtils.buildValueArray(parsed, source, null);
        try (Connection c = account.connect()) {
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(jdbcSql)) {
                s.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
                s.setMaxRows(maxRows >= Integer.MAX_VALUE - 1 ? 0 : maxRows + 1); // one more tells "truncated"
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    return collect(rs, maxRows);
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new QueryRejectedException(explain(e, timeout));
        }
    }

    private static QueryResult collect(ResultSet rs, int maxRows) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<String> columns = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
            if (rows.size() == maxRows) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                Object v = rs.getObject(i);
                row.add(v instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : v);
            }
            rows.add(row);
        }
        return new QueryResult(List.copyOf(columns), rows, truncated);
    }

    /** H2 reports its error code as SQLState; PostgreSQL uses the standard classes. */
    static String explain(SQLException e, Duration timeout) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = firstLine(e.getMessage());
        return switch (state) {
            case "90002", "02000" -> "only queries are allowed here (SELECT, WITH, VALUES, EXPLAIN …): "
                    + "nothing can be written, created or changed";
            case "90096", "42501" -> "not allowed: the read-only account may only read the reporting views (v_*) "
                    + "and the label tables — " + detail;
            case "90040" -> "not allowed: this needs administrator rights — reading or writing files, defining "
                    + "functions, linking other databases and changing settings are off limits";
            case "25006" -> "not allowed: the query runs in a read-only transaction";
            case "55000" -> "not allowed: the views cannot be written; only queries are allowed here — " + detail;
            case "57014" -> "query stopped: it ran longer than the " + timeout.toSeconds() + " s timeout";
            default -> state.startsWith("42") || state.startsWith("2200")
                    ? "SQL error: " + detail
                    : "query failed: " + detail;
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.replaceAll("\\s*\\[\\d+-\\d+]$", "").strip();
    }
}

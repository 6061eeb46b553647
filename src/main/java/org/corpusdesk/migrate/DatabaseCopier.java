package org.corpusdesk.migrate;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * Copies a Corpus Desk database (the embedded H2) into an empty PostgreSQL database: the target is migrated
 * with the same migrations, the rows the migrations seed there are replaced by the source's, every table is
 * copied in foreign-key order (self references in a second pass), the id generators continue above the copied
 * ids, and then every table is compared by row count and checksum. Nothing is written when the target is not
 * empty.
 */
public final class DatabaseCopier {

    /** One table's outcome. */
    public record TableResult(String table, long sourceRows, long targetRows, String sourceSha256, String targetSha256) {
        public boolean matches() {
            return sourceRows == targetRows && sourceSha256.equals(targetSha256);
        }
    }

    private static final int BATCH = 1_000;

    private DatabaseCopier() {
    }

    /** Applies the migrations to the target (an empty database gets the whole schema). */
    public static void migrate(String url, String user, String password) {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
    }

    public static List<TableResult> copy(Connection source, Connection target, Consumer<String> progress) throws SQLException {
        checkTablesKnown(source);
        for (String table : List.of("article", "app_user", "annotation", "audit_event")) {
            // people only: the gold layer's system user is seeded by a migration (V28), like the labels
            if (count(target, table.equals("app_user") ? "app_user WHERE NOT gold_layer" : table) > 0) {
                throw new IllegalStateException("the target database already holds data (" + table
                        + " is not empty): migrate-db copies into an empty database only");
            }
        }
        target.setAutoCommit(false);
        try {
            for (TableCopy t : TableCopy.ORDER.reversed()) { // rows the target's migrations seeded (labels, …)
                try (Statement s = target.createStatement()) {
                    s.executeUpdate("DELETE FROM " + t.table());
                }
            }
            for (TableCopy t : TableCopy.ORDER) {
                long n = copyTable(source, target, t);
                progress.accept(t.table() + ": " + n + " rows");
            }
            moveGeneratorsPast(source, target);
            target.commit();
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        }
        List<TableResult> results = new ArrayList<>();
        for (TableCopy t : TableCopy.ORDER) {
            List<String> columns = columns(source, t.table());
            TableChecksum.Sum a = TableChecksum.of(source, t.table(), columns, t.key());
            TableChecksum.Sum b = TableChecksum.of(target, t.table(), columns, t.key());
            results.add(new TableResult(t.table(), a.rows(), b.rows(), a.sha256(), b.sha256()));
        }
        return results;
    }

    private static long copyTable(Connection source, Connection target, TableCopy t) throws SQLException {
        List<String> columns = columns(source, t.table());
        String placeholders = String.join(", ", columns.stream().map(c -> "?").toList());
        long rows = 0;
        List<Object[]> selfRefs = new ArrayList<>();
        try (Statement s = source.createStatement();
             PreparedStatement insert = target.prepareStatement("INSERT INTO " + t.table() + " ("
                     + String.join(", ", columns) + ") VALUES (" + placeholders + ")")) {
            s.setFetchSize(BATCH);
            try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + t.table()
                    + (t.key() == null ? "" : " ORDER BY " + t.key()))) {
                while (rs.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        Object v = rs.getObject(i + 1);
                        if (v instanceof java.sql.Timestamp || isTimestampTz(rs, i + 1)) {
                            v = rs.getObject(i + 1, java.time.OffsetDateTime.class);
                        }
                        if (t.selfReferences().contains(columns.get(i)) && v != null) {
                            selfRefs.add(new Object[] {rs.getObject(t.key()), columns.get(i), v});
                            v = null;
                        }
                        insert.setObject(i + 1, v);
                    }
                    insert.addBatch();
                    if (++rows % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
        for (Object[] ref : selfRefs) {
            try (PreparedStatement update = target.prepareStatement("UPDATE " + t.table() + " SET " + ref[1] + " = ? WHERE "
                    + t.key() + " = ?")) {
                update.setObject(1, ref[2]);
                update.setObject(2, ref[0]);
                update.executeUpdate();
            }
        }
        return rows;
    }

    private static boolean isTimestampTz(ResultSet rs, int column) throws SQLException {
        return rs.getMetaData().getColumnType(column) == java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
    }

    private static void moveGeneratorsPast(Connection source, Connection target) throws SQLException {
        try (Statement s = target.createStatement()) {
            for (TableCopy t : TableCopy.ORDER) {
                if (t.identity()) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + t.table() + "', 'id'), "
                            + "GREATEST(COALESCE((SELECT MAX(id) FROM " + t.table() + "), 0), 1))");
                }
            }
            long next;
            try (Statement q = source.createStatement(); ResultSet rs = q.executeQuery(
                    "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = 'ARTICLE_ID_SEQ'")) {
                next = rs.next() ? rs.getLong(1) : 1;
            }
            long max = count(target, "article") == 0 ? 0 : maxId(target);
            s.execute("SELECT setval('article_id_seq', " + Math.max(next, max + 1) + ", false)");
        }
    }

    private static long maxId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(id) FROM article")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The source's column names of a table, lower case, in table order. */
    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getColumns(null, null, table.toUpperCase(Locale.ROOT), null)) {
            Map<Integer, String> byPosition = new java.util.TreeMap<>();
            while (rs.next()) {
                if ("PUBLIC".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) {
                    byPosition.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            columns.addAll(byPosition.values());
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("the source has no table " + table);
        }
        return columns;
    }

    private static void checkTablesKnown(Connection source) throws SQLException {
        Set<String> known = new TreeSet<>();
        TableCopy.ORDER.forEach(t -> known.add(t.table()));
        Set<String> unknown = new TreeSet<>();
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                String name = rs.getString(1).toLowerCase(Locale.ROOT);
                if (!known.contains(name) && !name.equals("flyway_schema_history")) {
                    unknown.add(name);
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("migrate-db does not know the tables " + unknown + ": add them to TableCopy");
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (TableCopy t : TableCopy.ORDER) {
            counts.put(t.table(), count(c, t.table()));
        }
        return counts;
    }
}

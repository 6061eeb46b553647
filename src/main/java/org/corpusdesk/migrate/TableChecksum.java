package org.corpusdesk.migrate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * Row count and SHA-256 of a table's content, computed the same way on H2 and PostgreSQL: rows in a total order
 * (the key, else every column), each value written in one canonical text form (instants in UTC, decimals
 * without trailing zeros), so equal data gives equal checksums whatever the database.
 */
final class TableChecksum {

    record Sum(long rows, String sha256) {
    }

    private TableChecksum() {
    }

    static Sum of(Connection c, String table, List<String> columns, String key) throws SQLException {
        MessageDigest digest = sha256();
        // rows in key order; a table without a key (the small rollups) hashes each row and sorts the hashes,
        // since the two databases sort text differently
        List<String> rowHashes = key == null ? new java.util.ArrayList<>() : null;
        long rows = 0;
        try (Statement s = c.createStatement()) {
            s.setFetchSize(1_000);
            try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table
                    + (key == null ? "" : " ORDER BY " + key))) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    rows++;
                    MessageDigest row = rowHashes == null ? digest : sha256();
                    for (int i = 1; i <= columns.size(); i++) {
                        row.update(canonical(rs, i, meta.getColumnType(i)).getBytes(StandardCharsets.UTF_8));
                        row.update((byte) 0x1f);
                    }
                    row.update((byte) 0x1e);
                    if (rowHashes != null) {
                        rowHashes.add(HexFormat.of().formatHex(row.digest()));
                    }
                }
            }
        }
        if (rowHashes != null) {
            java.util.Collections.sort(rowHashes);
            rowHashes.forEach(h -> digest.update(h.getBytes(StandardCharsets.US_ASCII)));
        }
        return new Sum(rows, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonical(ResultSet rs, int i, int type) throws SQLException {
        Object v = switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                yield t == null ? null : t.toInstant().toString();
            }
            case Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal d = rs.getBigDecimal(i);
                yield d == null ? null : d.stripTrailingZeros().toPlainString();
            }
            case Types.DATE -> rs.getObject(i, java.time.LocalDate.class);
            case Types.BOOLEAN, Types.BIT -> {
                boolean b = rs.getBoolean(i);
                yield rs.wasNull() ? null : b;
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                double d = rs.getDouble(i);
                yield rs.wasNull() ? null : Double.toString(d);
            }
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                long l = rs.getLong(i);
                yield rs.wasNull() ? null : l;
            }
            default -> rs.getString(i);
        };
        return v == null ? "\u0000" : v.toString();
    }
}

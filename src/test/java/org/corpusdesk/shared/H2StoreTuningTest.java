package org.corpusdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fails when an H2 upgrade takes away the threshold that H2StoreTuning raises. */
class H2StoreTuningTest {

    private static final int ROWS = 5_000;
    private static final int INDEXED_COLUMNS = 6;

    @TempDir
    Path dir;

    @Test
    void raisesTheThresholdOfAnEmbeddedFileDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0", "sa", "")) {
            assertThat(store(c).getAutoCommitMemory()).isLessThan(64 << 20);
            assertThat(H2StoreTuning.apply(c, 64 << 20)).isTrue();
            assertThat(store(c).getAutoCommitMemory()).isEqualTo(64 << 20);
            // never lowered
            assertThat(H2StoreTuning.apply(c, 1 << 20)).isTrue();
            assertThat(store(c).getAutoCommitMemory()).isEqualTo(64 << 20);
        }
    }

    @Test
    void aLargeTransactionIsWrittenOnceInsteadOfEveryFewRows() throws SQLException {
        long untuned = storesDuringOneTransaction("untuned", false);
        long tuned = storesDuringOneTransaction("tuned", true);
        assertThat(tuned).as("the commit's write (and the version it closes)").isLessThanOrEqualTo(2);
        assertThat(untuned).as("H2's own threshold writes again and again within the transaction")
                .isGreaterThanOrEqualTo(3 * tuned);
    }

    @Test
    void leavesInMemoryDatabasesAlone() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:tuning", "sa", "")) {
            assertThat(H2StoreTuning.apply(c, 64 << 20)).isFalse();
        }
    }

    private long storesDuringOneTransaction(String name, boolean tune) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(name) + ";WRITE_DELAY=0", "sa", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, c0 VARCHAR(64), c1 VARCHAR(64), c2 VARCHAR(64),"
                        + " c3 VARCHAR(64), c4 VARCHAR(64), c5 VARCHAR(64), body VARCHAR(10000))");
                for (int i = 0; i < INDEXED_COLUMNS; i++) {
                    s.execute("CREATE INDEX ix_" + i + " ON t (c" + i + ")");
                }
            }
            if (tune) {
                H2StoreTuning.apply(c, 256 << 20);
            }
            c.setAutoCommit(false);
            long before = store(c).getCurrentVersion();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < ROWS; i++) {
                    insert.setLong(1, i);
                    for (int k = 0; k < INDEXED_COLUMNS; k++) {
                        // random order, as content hashes and titles arrive
                        insert.setString(2 + k, Long.toHexString((i + 1L) * 0x9E3779B97F4A7C15L * (k + 1)));
                    }
                    insert.setString(2 + INDEXED_COLUMNS, "text ".repeat(600));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
            return store(c).getCurrentVersion() - before;
        }
    }

    private static MVStore store(Connection c) throws SQLException {
        SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
        return session.getDatabase().getStore().getMvStore();
    }
}

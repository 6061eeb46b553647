package org.corpusdesk.shared;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Lets the embedded H2 database keep more changed pages in memory before it writes them out on its own.
 * <p>
 * H2 writes its changed pages at every commit (we run with {@code WRITE_DELAY=0}), and also whenever its count of
 * unsaved page memory passes a threshold that H2 fixes at 19 MB and offers no setting for. That count grows by a
 * page's size each time a page is copied on write, so one article row, which touches a leaf in each of the
 * article table's 15 indexes, adds about 100 KB: H2 was writing every ~190 rows, and each write serialises
 * again every index leaf touched since the last one. Raising the threshold leaves one write per commit:
 * measured on the import's own rows, storing 100k articles went from 270 to 164 µs a row (docs/benchmarks.md).
 * Durability is unchanged: a commit still writes everything.
 * <p>
 * The threshold is a private field of H2's {@link MVStore}, set here by reflection. If a later H2 renames it or
 * the JVM refuses, the database works as before, only slower: a warning says so, and H2StoreTuningTest fails.
 */
@Component
public class H2StoreTuning implements SmartInitializingSingleton {

    /** The most unsaved page memory H2 may hold: its own count overstates the pages actually kept. */
    public static final int MAX_UNSAVED_BYTES = 256 << 20;

    private static final Logger log = LoggerFactory.getLogger(H2StoreTuning.class);
    private static volatile boolean warned;

    private final DataSource dataSource;
    private final int unsavedBytes;

    public H2StoreTuning(DataSource dataSource, CorpusDeskSettings settings) {
        this.dataSource = dataSource;
        int unsavedMegabytes = settings.h2().unsavedMemoryMb();
        this.unsavedBytes = unsavedMegabytes > 0 ? unsavedMegabytes << 20 : defaultUnsavedBytes();
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensure();
    }

    /** An eighth of the heap, at most {@link #MAX_UNSAVED_BYTES} ({@link #apply} never lowers H2's own threshold). */
    public static int defaultUnsavedBytes() {
        return (int) Math.min(MAX_UNSAVED_BYTES, Runtime.getRuntime().maxMemory() / 8);
    }

    /**
     * Tunes the database behind the application's data source, when it is an embedded H2 file database (a
     * no-op on PostgreSQL and over H2's TCP server). Cheap once tuned: imports call it before they start, in
     * case the database was closed and opened again since.
     */
    public void ensure() {
        try (Connection c = dataSource.getConnection()) {
            apply(c, unsavedBytes);
        } catch (SQLException e) {
            log.warn("Could not check the H2 store settings: {}", e.getMessage());
        }
    }

    /**
     * Tunes the H2 database behind {@code connection}, never lowering its threshold; true when the threshold is
     * now at least {@code bytes}.
     */
    public static boolean apply(Connection connection, int bytes) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return false;
        }
        Store store = session.getDatabase().getStore();
        if (store == null || store.getMvStore().getFileStore() == null) {
            return false;
        }
        MVStore mvStore = store.getMvStore();
        if (mvStore.getAutoCommitMemory() >= bytes) {
            return true;
        }
        try {
            Field threshold = MVStore.class.getDeclaredField("autoCommitMemory");
            threshold.setAccessible(true);
            threshold.setInt(mvStore, bytes);
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                log.warn("Could not raise H2's unsaved-page threshold ({}); large imports will be slower", e.toString());
            }
        }
        return mvStore.getAutoCommitMemory() >= bytes;
    }
}

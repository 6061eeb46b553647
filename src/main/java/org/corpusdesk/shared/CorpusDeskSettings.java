package org.corpusdesk.shared;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code corpusdesk.*} setting, bound and checked once at start-up (README.md, Configuration, lists them
 * with these defaults). A value out of range stops the start with a message naming the setting. Sizes are
 * Spring {@link DataSize}s: {@code 20MB} is 20 × 1024 × 1024 bytes, as is the default.
 */
@ConfigurationProperties("corpusdesk")
public record CorpusDeskSettings(
        @DefaultValue("./data") Path dataDir,
        Path exportDir,
        Path reportsDir,
        @DefaultValue Reader reader,
        @Name("import") @DefaultValue Import imports,
        @DefaultValue H2 h2,
        @DefaultValue Sql sql,
        @DefaultValue Login login,
        @DefaultValue Reports reports,
        @DefaultValue Search search) {

    public CorpusDeskSettings {
        dataDir = dataDir.toAbsolutePath().normalize();
        exportDir = (exportDir == null ? dataDir.resolve("exports") : exportDir).toAbsolutePath().normalize();
        reportsDir = (reportsDir == null ? dataDir.resolve("reports") : reportsDir).toAbsolutePath().normalize();
    }

    /** The read-only reporting account; its password is generated into the data folder unless set. */
    public record Reader(@DefaultValue("") String password) {
    }

    public record Import(@DefaultValue("20MB") DataSize maxFileBytes, @DefaultValue("2000") int batchSize,
            @DefaultValue("0") int workers) {
        public Import {
            atLeast("corpusdesk.import.max-file-bytes", maxFileBytes.toBytes(), 1);
            atLeast("corpusdesk.import.batch-size", batchSize, 1);
            atLeast("corpusdesk.import.workers", workers, 0);
        }
    }

    /** {@code unsavedMemoryMb} 0: an eighth of the heap, at most 256 MB (H2StoreTuning). */
    public record H2(@DefaultValue("0") int unsavedMemoryMb) {
        public H2 {
            atLeast("corpusdesk.h2.unsaved-memory-mb", unsavedMemoryMb, 0);
        }
    }

    public record Sql(@DefaultValue("10") int timeoutSeconds, @DefaultValue("10000") int maxRows) {
        public Sql {
            atLeast("corpusdesk.sql.timeout-seconds", timeoutSeconds, 1);
            atLeast("corpusdesk.sql.max-rows", maxRows, 1);
        }
    }

    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("5") int lockMinutes) {
        public Login {
            atLeast("corpusdesk.login.max-failures", maxFailures, 1);
            atLeast("corpusdesk.login.lock-minutes", lockMinutes, 1);
        }
    }

    /** Report rollups: recomputed before a report when older than {@code maxAge}; the web app checks them on a timer. */
    public record Reports(@DefaultValue("30m") Duration maxAge, @DefaultValue("60000") long refreshDelayMillis,
            @DefaultValue("60000") long checkEveryMillis) {
        public Reports {
            atLeast("corpusdesk.reports.max-age (seconds)", maxAge.toSeconds(), 0);
            atLeast("corpusdesk.reports.refresh-delay-millis", refreshDelayMillis, 0);
            atLeast("corpusdesk.reports.check-every-millis", checkEveryMillis, 1_000);
        }
    }

    /** The queue's full-text index; {@code indexDir} null: DATA/search-index. */
    public record Search(@DefaultValue("true") boolean enabled, Path indexDir, @DefaultValue("3000") long refreshMillis) {
        public Search {
            atLeast("corpusdesk.search.refresh-millis", refreshMillis, 100);
        }
    }

    public Path searchIndexDir() {
        return (search.indexDir() == null ? dataDir.resolve("search-index") : search.indexDir()).toAbsolutePath().normalize();
    }

    private static void atLeast(String setting, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(setting + " must be at least " + min + ", not " + value);
        }
    }
}

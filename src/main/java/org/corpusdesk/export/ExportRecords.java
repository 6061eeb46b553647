package org.corpusdesk.export;

import static org.corpusdesk.jooq.Tables.DATASET_EXPORT;

import java.time.OffsetDateTime;
import java.util.List;
import org.corpusdesk.shared.ProcessOwner;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The dataset_export table: every export, whether it finished and what it wrote. */
@Repository
public class ExportRecords {

    /** A past export as the Export page lists it. */
    public record PastExport(long id, String exportKey, String format, String parameters, String outDir, String status,
            OffsetDateTime startedAt, OffsetDateTime finishedAt, String startedBy, int articles, long spans,
            String error) {
    }

    /** An export on another host is taken for dead when it started this long ago: far longer than any export runs. */
    static final java.time.Duration STALE_AFTER = java.time.Duration.ofHours(12);

    private final DSLContext dsl;

    public ExportRecords(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long started(String key, ExportRequest request, String parametersJson, Long userId, String actorName) {
        return dsl.insertInto(DATASET_EXPORT)
                .set(DATASET_EXPORT.EXPORT_KEY, key)
                .set(DATASET_EXPORT.FORMAT, request.format())
                .set(DATASET_EXPORT.PARAMETERS_JSON, parametersJson)
                .set(DATASET_EXPORT.OUT_DIR, request.outDir().toAbsolutePath().toString())
                .set(DATASET_EXPORT.STATUS, "RUNNING")
                .set(DATASET_EXPORT.STARTED_AT, OffsetDateTime.now())
                .set(DATASET_EXPORT.STARTED_BY, userId)
                .set(DATASET_EXPORT.ACTOR_NAME, actorName)
                .set(DATASET_EXPORT.OWNER, ProcessOwner.current())
                .returning(DATASET_EXPORT.ID).fetchOne().getId();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finished(long id, ExportStats stats, String manifestSha256) {
        dsl.update(DATASET_EXPORT)
                .set(DATASET_EXPORT.STATUS, "COMPLETED")
                .set(DATASET_EXPORT.FINISHED_AT, OffsetDateTime.now())
                .set(DATASET_EXPORT.ARTICLE_COUNT, (int) stats.articles())
                .set(DATASET_EXPORT.SPAN_COUNT, stats.spans())
                .set(DATASET_EXPORT.RELATION_COUNT, stats.relations())
                .set(DATASET_EXPORT.MANIFEST_SHA256, manifestSha256)
                .where(DATASET_EXPORT.ID.eq(id)).execute();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(long id, String error) {
        dsl.update(DATASET_EXPORT)
                .set(DATASET_EXPORT.STATUS, "FAILED")
                .set(DATASET_EXPORT.FINISHED_AT, OffsetDateTime.now())
                .set(DATASET_EXPORT.ERROR, error == null ? "unknown error"
                        : error.substring(0, Math.min(error.length(), 4000)))
                .where(DATASET_EXPORT.ID.eq(id)).execute();
    }

    /**
     * Exports left RUNNING by a process that is gone become INTERRUPTED: on this host when the process no longer
     * exists, on another (instances sharing PostgreSQL) when started more than {@link #STALE_AFTER} ago, since an
     * export writes no heartbeat. Returns how many were marked.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int markDeadRunsInterrupted() {
        OffsetDateTime now = OffsetDateTime.now();
        int marked = 0;
        for (var r : dsl.select(DATASET_EXPORT.ID, DATASET_EXPORT.OWNER, DATASET_EXPORT.STARTED_AT).from(DATASET_EXPORT)
                .where(DATASET_EXPORT.STATUS.eq("RUNNING")).fetch()) {
            if (ProcessOwner.isDead(r.value2(), r.value3(), now, STALE_AFTER)) {
                marked += dsl.update(DATASET_EXPORT).set(DATASET_EXPORT.STATUS, "INTERRUPTED")
                        .set(DATASET_EXPORT.FINISHED_AT, now)
                        .set(DATASET_EXPORT.ERROR, "the process running it ended before it finished (" + r.value2() + ")")
                        .where(DATASET_EXPORT.ID.eq(r.value1()).and(DATASET_EXPORT.STATUS.eq("RUNNING"))).execute();
            }
        }
        return marked;
    }

    @Transactional(readOnly = true)
    public List<PastExport> recent(int limit) {
        return dsl.selectFrom(DATASET_EXPORT).orderBy(DATASET_EXPORT.ID.desc()).limit(limit)
                .fetch(r -> new PastExport(r.getId(), r.getExportKey(), r.getFormat(), r.getParametersJson(),
                        r.getOutDir(), r.getStatus(), r.getStartedAt(), r.getFinishedAt(), r.getActorName(),
                        r.getArticleCount(), r.getSpanCount(), r.getError()));
    }
}

package org.corpusdesk.ingest;

import static org.corpusdesk.jooq.Tables.IMPORT_BATCH;
import static org.corpusdesk.jooq.Tables.IMPORT_DUPLICATE;
import static org.corpusdesk.jooq.Tables.IMPORT_PROBLEM;

import java.time.OffsetDateTime;
import java.util.List;
import org.corpusdesk.jooq.tables.records.ImportProblemRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Import batches and their problems, kept for the UI and the v_import_* views. */
@Repository
public class ImportBatchRepository {

    private static final int MAX_FILE_NAME = 2000;
    private static final int MAX_REASON = 4000;
    private static final int MAX_TITLE = 1000;

    private final DSLContext dsl;

    public ImportBatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long start(String origin, String description, Long userId, String owner) {
        OffsetDateTime now = OffsetDateTime.now();
        return dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.STARTED_AT, now)
                .set(IMPORT_BATCH.HEARTBEAT_AT, now)
                .set(IMPORT_BATCH.OWNER, owner)
                .set(IMPORT_BATCH.ORIGIN, origin)
                .set(IMPORT_BATCH.DESCRIPTION, truncate(description, 4000))
                .set(IMPORT_BATCH.STARTED_BY, userId)
                .set(IMPORT_BATCH.STATUS, "RUNNING")
                .returning(IMPORT_BATCH.ID)
                .fetchSingle()
                .getId();
    }

    public void addProblems(long batchId, List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<ImportProblemRecord> rows = problems.stream().map(p -> {
            ImportProblemRecord r = dsl.newRecord(IMPORT_PROBLEM);
            r.setBatchId(batchId);
            r.setFileName(truncate(p.file(), MAX_FILE_NAME));
            r.setLineNo(p.line());
            r.setReason(truncate(p.reason(), MAX_REASON));
            r.setKind(p.warning() ? "WARNING" : "REJECTED");
            return r;
        }).toList();
        dsl.batchInsert(rows).execute();
    }

    public void addDuplicates(long batchId, List<ImportDuplicate> duplicates) {
        if (duplicates.isEmpty()) {
            return;
        }
        var insert = dsl.batch(dsl.insertInto(IMPORT_DUPLICATE, IMPORT_DUPLICATE.BATCH_ID, IMPORT_DUPLICATE.FILE_NAME,
                IMPORT_DUPLICATE.LINE_NO, IMPORT_DUPLICATE.TITLE, IMPORT_DUPLICATE.DUPLICATE_OF)
                .values((Long) null, null, null, null, null));
        for (ImportDuplicate d : duplicates) {
            insert.bind(batchId, truncate(d.file(), MAX_FILE_NAME), d.line(), truncate(d.title(), MAX_TITLE),
                    d.duplicateOf());
        }
        insert.execute();
    }

    public void updateCounts(long batchId, ImportCounts counts) {
        dsl.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.FILES_SEEN, counts.files())
                .set(IMPORT_BATCH.ARTICLES_IMPORTED, counts.imported())
                .set(IMPORT_BATCH.DUPLICATES_SKIPPED, counts.duplicates())
                .set(IMPORT_BATCH.PROBLEMS_RECORDED, counts.problems())
                .set(IMPORT_BATCH.WARNINGS_RECORDED, counts.warnings())
                .set(IMPORT_BATCH.BYTES_READ, counts.bytes())
                .set(IMPORT_BATCH.HEARTBEAT_AT, OffsetDateTime.now())
                .where(IMPORT_BATCH.ID.eq(batchId))
                .execute();
    }

    public void finish(long batchId, ImportCounts counts, boolean failed) {
        updateCounts(batchId, counts);
        dsl.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.FINISHED_AT, OffsetDateTime.now())
                .set(IMPORT_BATCH.STATUS, failed ? "FAILED" : "COMPLETED")
                .where(IMPORT_BATCH.ID.eq(batchId))
                .execute();
    }

    /** Batches still marked RUNNING: their id, owner and last heartbeat. */
    public List<RunningBatch> running() {
        return dsl.select(IMPORT_BATCH.ID, IMPORT_BATCH.OWNER, IMPORT_BATCH.HEARTBEAT_AT, IMPORT_BATCH.STARTED_AT)
                .from(IMPORT_BATCH)
                .where(IMPORT_BATCH.STATUS.eq("RUNNING"))
                .fetch(r -> new RunningBatch(r.value1(), r.value2(),
                        r.value3() != null ? r.value3() : r.value4()));
    }

    /** Marks a dead run INTERRUPTED, unless it finished meanwhile; true when marked. */
    public boolean markInterrupted(long batchId) {
        return dsl.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.STATUS, "INTERRUPTED")
                .set(IMPORT_BATCH.FINISHED_AT, OffsetDateTime.now())
                .where(IMPORT_BATCH.ID.eq(batchId).and(IMPORT_BATCH.STATUS.eq("RUNNING")))
                .execute() == 1;
    }

    public record RunningBatch(long id, String owner, OffsetDateTime heartbeat) {
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

package org.corpusdesk.ingest;

import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.IMPORT_BATCH;
import static org.corpusdesk.jooq.Tables.IMPORT_DUPLICATE;
import static org.corpusdesk.jooq.Tables.IMPORT_PROBLEM;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Past imports and their problems, for the Import page. */
@Service
@PreAuthorize("hasRole('CURATOR')")
@Transactional(readOnly = true)
public class ImportHistoryService {

    public record PastImport(long id, OffsetDateTime startedAt, String startedBy, String origin, String status,
            int files, int imported, int duplicates, int problems) {
    }

    private final DSLContext dsl;

    public ImportHistoryService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<PastImport> recent(int limit) {
        return dsl.select(IMPORT_BATCH.ID, IMPORT_BATCH.STARTED_AT, APP_USER.USERNAME, IMPORT_BATCH.ORIGIN,
                        IMPORT_BATCH.STATUS, IMPORT_BATCH.FILES_SEEN, IMPORT_BATCH.ARTICLES_IMPORTED,
                        IMPORT_BATCH.DUPLICATES_SKIPPED, IMPORT_BATCH.PROBLEMS_RECORDED)
                .from(IMPORT_BATCH).leftJoin(APP_USER).on(APP_USER.ID.eq(IMPORT_BATCH.STARTED_BY))
                .orderBy(IMPORT_BATCH.ID.desc()).limit(limit)
                .fetch(r -> new PastImport(r.value1(), r.value2(), r.value3() == null ? "command line" : r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    public List<ImportNote> notes(long batchId, int limit) {
        return notes(batchId, 0, limit);
    }

    /**
     * One page of what a batch did not simply import: rejections and warnings in the order they were found,
     * then the duplicates with the article each one duplicates (for a lazily loaded grid).
     */
    public List<ImportNote> notes(long batchId, int offset, int limit) {
        var problems = dsl.select(DSL.inline(0).as("part"), IMPORT_PROBLEM.ID, IMPORT_PROBLEM.KIND,
                        IMPORT_PROBLEM.FILE_NAME, IMPORT_PROBLEM.LINE_NO, IMPORT_PROBLEM.REASON)
                .from(IMPORT_PROBLEM).where(IMPORT_PROBLEM.BATCH_ID.eq(batchId));
        var duplicates = dsl.select(DSL.inline(1), IMPORT_DUPLICATE.ID, DSL.inline("DUPLICATE"),
                        IMPORT_DUPLICATE.FILE_NAME, IMPORT_DUPLICATE.LINE_NO,
                        DSL.concat(DSL.inline("same title and text as article "),
                                IMPORT_DUPLICATE.DUPLICATE_OF.cast(String.class)))
                .from(IMPORT_DUPLICATE).where(IMPORT_DUPLICATE.BATCH_ID.eq(batchId));
        var all = problems.unionAll(duplicates).asTable("n");
        return dsl.selectFrom(all).orderBy(all.field(0), all.field(1)).limit(limit).offset(offset)
                .fetch(r -> new ImportNote(ImportNote.Kind.valueOf(r.get(2, String.class)), r.get(3, String.class),
                        r.get(4, Integer.class), r.get(5, String.class)));
    }

    public int noteCount(long batchId) {
        return dsl.fetchCount(IMPORT_PROBLEM, IMPORT_PROBLEM.BATCH_ID.eq(batchId))
                + dsl.fetchCount(IMPORT_DUPLICATE, IMPORT_DUPLICATE.BATCH_ID.eq(batchId));
    }
}

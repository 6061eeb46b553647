package org.corpusdesk.article;

import static org.corpusdesk.jooq.Sequences.ARTICLE_ID_SEQ;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ARTICLE_ASSIGNMENT;
import static org.corpusdesk.jooq.Tables.ARTICLE_SKETCH;

import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Article rows through jOOQ. Callers own the transaction. */
@Repository
public class ArticleRepository {

    /** The sequence's increment: each call to {@link #allocateIds} reserves this many ids. */
    public static final int ID_BLOCK = 100;

    private final DSLContext dsl;

    public ArticleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The first of {@value #ID_BLOCK} consecutive ids that no other writer will use. */
    public long allocateIds() {
        return dsl.select(ARTICLE_ID_SEQ.nextval()).fetchSingle().value1();
    }

    /** The first ids of {@code blocks} blocks of {@value #ID_BLOCK}; blocks need not be adjacent. */
    public long[] allocateIdBlocks(int blocks) {
        long[] starts = new long[blocks];
        for (int i = 0; i < blocks; i++) {
            starts[i] = allocateIds();
        }
        return starts;
    }

    /** Inserts the rows with two prepared statements rendered once and bound per row (jOOQ bind batch). */
    public void insertAll(List<NewArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        BatchBindStep rows = dsl.batch(dsl.insertInto(ARTICLE, ARTICLE.ID, ARTICLE.RAW_TEXT, ARTICLE.CLEAN_TEXT,
                        ARTICLE.CLEAN_CP_LENGTH, ARTICLE.CLEANING_REPORT, ARTICLE.TITLE, ARTICLE.OUTLET, ARTICLE.AUTHOR,
                        ARTICLE.URL, ARTICLE.PUBLISHED_ON, ARTICLE.PUBLISHED_PRECISION, ARTICLE.DATELINE,
                        ARTICLE.LANGUAGE, ARTICLE.CREDIT_LINE, ARTICLE.FLAGS, ARTICLE.EXTRA_METADATA, ARTICLE.STATUS,
                        ARTICLE.CONTENT_HASH, ARTICLE.STORY_CLUSTER, ARTICLE.CLUSTER_SIMILARITY, ARTICLE.DUPLICATE_OF,
                        ARTICLE.IMPORT_BATCH_ID, ARTICLE.IMPORT_FILE, ARTICLE.IMPORT_LINE, ARTICLE.TITLE_HASH)
                .values(Collections.nCopies(25, (Object) null)));
        BatchBindStep sketches = dsl.batch(dsl.insertInto(ARTICLE_SKETCH, ARTICLE_SKETCH.ARTICLE_ID,
                ARTICLE_SKETCH.SHINGLE_COUNT, ARTICLE_SKETCH.SKETCH).values((Long) null, null, null));
        for (NewArticle a : articles) {
            rows.bind(a.id(), a.rawText(), a.cleanText(), a.cleanCodePoints(), a.cleaningReportJson(), a.title(),
                    a.outlet(), a.author(), a.url(), a.publishedOn(), a.publishedPrecision(), a.dateline(),
                    a.language(), a.creditLine(), a.flags(), a.extraJson(), "NEW", a.contentHash(),
                    a.storyCluster(), a.clusterSimilarity(), a.duplicateOf(), a.importBatchId(), a.importFile(),
                    a.importLine(), a.titleHash());
            sketches.bind(a.id(), a.sketchShingles(), a.sketchHashes());
        }
        rows.execute();
        sketches.execute();
    }

    /**
     * Inserts one article of an annotated import as it comes (its text is both raw and clean, the annotations'
     * offsets point into it), with the status it was exported with; no similarity sketch.
     */
    public void insertAnnotated(NewArticle a, ArticleStatus status) {
        dsl.insertInto(ARTICLE).set(ARTICLE.ID, a.id()).set(ARTICLE.RAW_TEXT, a.rawText())
                .set(ARTICLE.CLEAN_TEXT, a.cleanText()).set(ARTICLE.CLEAN_CP_LENGTH, a.cleanCodePoints())
                .set(ARTICLE.TITLE, a.title()).set(ARTICLE.OUTLET, a.outlet()).set(ARTICLE.AUTHOR, a.author())
                .set(ARTICLE.URL, a.url()).set(ARTICLE.PUBLISHED_ON, a.publishedOn())
                .set(ARTICLE.PUBLISHED_PRECISION, a.publishedPrecision()).set(ARTICLE.LANGUAGE, a.language())
                .set(ARTICLE.DATELINE, a.dateline()).set(ARTICLE.CREDIT_LINE, a.creditLine())
                .set(ARTICLE.FLAGS, a.flags() == null ? "" : a.flags()).set(ARTICLE.STATUS, status.name())
                .set(ARTICLE.CONTENT_HASH, a.contentHash()).set(ARTICLE.TITLE_HASH, a.titleHash())
                .set(ARTICLE.STORY_CLUSTER, a.storyCluster()).set(ARTICLE.DUPLICATE_OF, a.duplicateOf())
                .set(ARTICLE.IMPORT_FILE, a.importFile()).execute();
    }

    /**
     * Writes an editor's metadata unless the article moved past {@code baseVersion}; false when it did. A new
     * publication date entered by hand is precise to the day.
     */
    public boolean updateMetadata(long id, int baseVersion, ArticleMetadata edited, boolean dateEdited, String flags) {
        boolean updated = dsl.update(ARTICLE)
                .set(ARTICLE.TITLE, blank(edited.title()))
                .set(ARTICLE.OUTLET, blank(edited.outlet()))
                .set(ARTICLE.AUTHOR, blank(edited.author()))
                .set(ARTICLE.URL, blank(edited.url()))
                .set(ARTICLE.PUBLISHED_ON, edited.publishedOn())
                .set(ARTICLE.PUBLISHED_PRECISION, edited.publishedOn() == null ? DSL.inline((String) null)
                        : dateEdited ? DSL.inline("DAY") : ARTICLE.PUBLISHED_PRECISION)
                .set(ARTICLE.LANGUAGE, blank(edited.language()))
                .set(ARTICLE.DATELINE, blank(edited.dateline()))
                .set(ARTICLE.CREDIT_LINE, blank(edited.creditLine()))
                .set(ARTICLE.FLAGS, flags)
                .set(ARTICLE.STATUS, edited.status().name())
                .set(ARTICLE.DUPLICATE_OF, edited.duplicateOf())
                .set(ARTICLE.VERSION, ARTICLE.VERSION.plus(1))
                .set(ARTICLE.UPDATED_AT, java.time.OffsetDateTime.now())
                .where(ARTICLE.ID.eq(id).and(ARTICLE.VERSION.eq(baseVersion)))
                .execute() == 1;
        if (updated) {
            // derived: each assignment carries its article's status (V29)
            dsl.update(ARTICLE_ASSIGNMENT).set(ARTICLE_ASSIGNMENT.STATUS, edited.status().name())
                    .where(ARTICLE_ASSIGNMENT.ARTICLE_ID.eq(id)).and(ARTICLE_ASSIGNMENT.STATUS.ne(edited.status().name()))
                    .execute();
        }
        return updated;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Makes the user the article's only assignee (null: nobody's). */
    public void assign(long id, Long userId) {
        dsl.deleteFrom(ARTICLE_ASSIGNMENT).where(ARTICLE_ASSIGNMENT.ARTICLE_ID.eq(id)).execute();
        if (userId != null) {
            addAssignee(id, userId);
        } else {
            dsl.update(ARTICLE).setNull(ARTICLE.ASSIGNED_TO).where(ARTICLE.ID.eq(id)).execute();
        }
    }

    /** Adds an assignee to the article; false when they already were one. */
    public boolean addAssignee(long id, long userId) {
        if (dsl.fetchExists(ARTICLE_ASSIGNMENT, ARTICLE_ASSIGNMENT.ARTICLE_ID.eq(id).and(ARTICLE_ASSIGNMENT.USER_ID.eq(userId)))) {
            return false;
        }
        dsl.insertInto(ARTICLE_ASSIGNMENT).set(ARTICLE_ASSIGNMENT.ARTICLE_ID, id).set(ARTICLE_ASSIGNMENT.USER_ID, userId)
                .set(ARTICLE_ASSIGNMENT.ASSIGNED_AT, java.time.OffsetDateTime.now())
                .set(ARTICLE_ASSIGNMENT.STATUS, DSL.select(ARTICLE.STATUS).from(ARTICLE).where(ARTICLE.ID.eq(id)).<String>asField())
                .execute();
        keepFirstAssignee(id);
        return true;
    }

    /** Takes an assignee off the article; false when they were not one. */
    public boolean removeAssignee(long id, long userId) {
        boolean removed = dsl.deleteFrom(ARTICLE_ASSIGNMENT).where(ARTICLE_ASSIGNMENT.ARTICLE_ID.eq(id))
                .and(ARTICLE_ASSIGNMENT.USER_ID.eq(userId)).execute() == 1;
        if (removed) {
            keepFirstAssignee(id);
        }
        return removed;
    }

    /** The article's assignees' ids, first assigned first. */
    public List<Long> assignees(long id) {
        return dsl.select(ARTICLE_ASSIGNMENT.USER_ID).from(ARTICLE_ASSIGNMENT).where(ARTICLE_ASSIGNMENT.ARTICLE_ID.eq(id))
                .orderBy(ARTICLE_ASSIGNMENT.ASSIGNED_AT, ARTICLE_ASSIGNMENT.USER_ID).fetch(ARTICLE_ASSIGNMENT.USER_ID);
    }

    /** article.assigned_to is derived: the first of the article's assignees, for the queue's column and index. */
    private void keepFirstAssignee(long id) {
        List<Long> all = assignees(id);
        dsl.update(ARTICLE).set(ARTICLE.ASSIGNED_TO, all.isEmpty() ? null : all.getFirst()).where(ARTICLE.ID.eq(id)).execute();
    }

    /** Whether an article has this id. */
    public boolean exists(long id) {
        return dsl.fetchExists(ARTICLE, ARTICLE.ID.eq(id));
    }

    /** Among {@code ids}, the articles of story cluster {@code from} move to cluster {@code to}. */
    public void moveStoryCluster(long from, long to, java.util.Collection<Long> ids) {
        dsl.update(ARTICLE).set(ARTICLE.STORY_CLUSTER, to).where(ARTICLE.STORY_CLUSTER.eq(from)).and(ARTICLE.ID.in(ids))
                .execute();
    }

    public void setDuplicateOf(long id, Long original) {
        dsl.update(ARTICLE).set(ARTICLE.DUPLICATE_OF, original).where(ARTICLE.ID.eq(id)).execute();
    }

    /** The annotation count, a derived column, recounted from the article's spans: the one place that sets it. */
    public void recountAnnotations(long id) {
        dsl.update(ARTICLE).set(ARTICLE.ANNOTATION_COUNT, dsl.selectCount().from(org.corpusdesk.jooq.Tables.ANNOTATION)
                .where(org.corpusdesk.jooq.Tables.ANNOTATION.ARTICLE_ID.eq(id))).where(ARTICLE.ID.eq(id)).execute();
    }

    /** A stored article with a given text: its id, title and title hash (null for rows stored before there was one). */
    public record SameText(long id, String title, String titleHash) {
    }

    /** The stored articles whose text has this content hash, oldest first. */
    public List<SameText> withContentHash(String contentHash) {
        return dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.TITLE_HASH).from(ARTICLE)
                .where(ARTICLE.CONTENT_HASH.eq(contentHash)).orderBy(ARTICLE.ID)
                .fetch(r -> new SameText(r.value1(), r.value2(), r.value3()));
    }

    /** Streams the first 16 hex digits of every stored content hash, as a long, without holding them all. */
    public void forEachContentHashPrefix(LongConsumer consumer) {
        try (var cursor = dsl.select(ARTICLE.CONTENT_HASH).from(ARTICLE).fetchSize(5_000).fetchLazy()) {
            for (var r : cursor) {
                consumer.accept(hashPrefix(r.value1()));
            }
        }
    }

    public void forEachSketch(Consumer<StoredSketch> consumer) {
        try (var cursor = dsl.select(ARTICLE_SKETCH.ARTICLE_ID, ARTICLE.STORY_CLUSTER, ARTICLE_SKETCH.SHINGLE_COUNT,
                        ARTICLE_SKETCH.SKETCH)
                .from(ARTICLE_SKETCH).join(ARTICLE).on(ARTICLE.ID.eq(ARTICLE_SKETCH.ARTICLE_ID))
                .orderBy(ARTICLE_SKETCH.ARTICLE_ID)
                .fetchSize(5_000).fetchLazy()) {
            for (Record4<Long, Long, Integer, String> r : cursor) {
                consumer.accept(new StoredSketch(r.value1(), r.value2(), r.value3(), r.value4()));
            }
        }
    }

    public int count() {
        return dsl.fetchCount(ARTICLE);
    }

    public static long hashPrefix(String hexHash) {
        return Long.parseUnsignedLong(hexHash.substring(0, 16), 16);
    }

}

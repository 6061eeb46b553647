package org.corpusdesk.article;

import static org.corpusdesk.jooq.Sequences.ARTICLE_ID_SEQ;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ARTICLE_SKETCH;

import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record4;
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

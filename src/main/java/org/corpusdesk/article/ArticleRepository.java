package org.corpusdesk.article;

import static org.corpusdesk.jooq.Sequences.ARTICLE_ID_SEQ;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ARTICLE_SKETCH;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.corpusdesk.jooq.tables.records.ArticleRecord;
import org.corpusdesk.jooq.tables.records.ArticleSketchRecord;
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

    public void insertAll(List<NewArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        List<ArticleRecord> rows = new ArrayList<>(articles.size());
        List<ArticleSketchRecord> sketches = new ArrayList<>(articles.size());
        for (NewArticle a : articles) {
            rows.add(toRecord(a));
            ArticleSketchRecord s = dsl.newRecord(ARTICLE_SKETCH);
            s.setArticleId(a.id());
            s.setShingleCount(a.sketchShingles());
            s.setSketch(a.sketchHashes());
            sketches.add(s);
        }
        dsl.batchInsert(rows).execute();
        dsl.batchInsert(sketches).execute();
    }

    /** Inserts one article unless its content hash is already stored; true when inserted. */
    public boolean insertIfNew(NewArticle a) {
        if (contentHashExists(a.contentHash())) {
            return false;
        }
        insertAll(List.of(a));
        return true;
    }

    public boolean contentHashExists(String contentHash) {
        return dsl.fetchExists(ARTICLE, ARTICLE.CONTENT_HASH.eq(contentHash));
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

    private ArticleRecord toRecord(NewArticle a) {
        ArticleRecord r = dsl.newRecord(ARTICLE);
        r.setId(a.id());
        r.setRawText(a.rawText());
        r.setCleanText(a.cleanText());
        r.setCleanCpLength(a.cleanCodePoints());
        r.setCleaningReport(a.cleaningReportJson());
        r.setTitle(a.title());
        r.setOutlet(a.outlet());
        r.setAuthor(a.author());
        r.setUrl(a.url());
        r.setPublishedOn(a.publishedOn());
        r.setPublishedPrecision(a.publishedPrecision());
        r.setDateline(a.dateline());
        r.setLanguage(a.language());
        r.setCreditLine(a.creditLine());
        r.setFlags(a.flags());
        r.setExtraMetadata(a.extraJson());
        r.setStatus("NEW");
        r.setContentHash(a.contentHash());
        r.setStoryCluster(a.storyCluster());
        r.setClusterSimilarity(a.clusterSimilarity());
        r.setDuplicateOf(a.duplicateOf());
        r.setImportBatchId(a.importBatchId());
        r.setImportFile(a.importFile());
        r.setImportLine(a.importLine());
        r.setCreatedAt(null);
        r.changed(ARTICLE.CREATED_AT, false);
        r.changed(ARTICLE.UPDATED_AT, false);
        r.changed(ARTICLE.VERSION, false);
        return r;
    }

}

package org.corpusdesk.ingest.dataset;

import static org.corpusdesk.jooq.Tables.ANNOTATION;
import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.ATTRIBUTION;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.CLAIM_TYPE;
import static org.corpusdesk.jooq.Tables.LABEL;
import static org.corpusdesk.jooq.Tables.VERDICT;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Writes imported annotations into this database: finds or creates users, labels, claim types and verdicts by
 * name, keeps the file's ids where they are free, and moves the id generators past what it inserted.
 */
final class ImportTarget {

    private final DSLContext dsl;
    private final Map<String, Long> users = new HashMap<>();
    private final Map<String, Long> labels = new HashMap<>();
    private final Map<String, Long> claimTypes = new HashMap<>();
    private final Map<String, Long> verdicts = new HashMap<>();

    ImportTarget(DSLContext dsl) {
        this.dsl = dsl;
        dsl.select(APP_USER.USERNAME, APP_USER.ID).from(APP_USER).forEach(r -> users.put(r.value1(), r.value2()));
        dsl.select(LABEL.NAME, LABEL.ID).from(LABEL).forEach(r -> labels.put(r.value1(), r.value2()));
        dsl.select(CLAIM_TYPE.CODE, CLAIM_TYPE.ID).from(CLAIM_TYPE).forEach(r -> claimTypes.put(r.value1(), r.value2()));
        dsl.select(VERDICT.CODE, VERDICT.ID).from(VERDICT).forEach(r -> verdicts.put(r.value1(), r.value2()));
    }

    DSLContext dsl() {
        return dsl;
    }

    /** An annotator named in the file: an existing user, or a new disabled editor account without a password. */
    long user(String name) {
        String username = name == null || name.isBlank() ? "imported" : name.strip();
        return users.computeIfAbsent(username, n -> dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, n).set(APP_USER.ROLE, "EDITOR").set(APP_USER.ENABLED, false)
                .set(APP_USER.DISPLAY_NAME, n + " (imported)")
                .returning(APP_USER.ID).fetchOne().getId());
    }

    /**
     * A label by its exact name; an unknown one is added to the schema with the given kind. Exact, so that a corpus's
     * own names come back out as they went in ("Source" stays "Source" beside the schema's "SOURCE").
     */
    long label(String name, String kind) {
        String key = name.strip();
        return labels.computeIfAbsent(key, n -> dsl.insertInto(LABEL)
                .set(LABEL.NAME, name.strip()).set(LABEL.KIND, kind == null ? "OTHER" : kind)
                .set(LABEL.COLOUR, "#7f7f7f").set(LABEL.DESCRIPTION, "Added by an import.")
                .set(LABEL.SORT_ORDER, 1000)
                .returning(LABEL.ID).fetchOne().getId());
    }

    /** The kind of a new label from its name: Source, Claim (or Content, as attribution corpora say), Cue, else other. */
    static String kindOf(String label) {
        String upper = label.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("CONTENT")) {
            return "CLAIM";
        }
        return upper.equals("SOURCE") || upper.equals("CLAIM") || upper.equals("CUE") ? upper : "OTHER";
    }

    Long claimType(String code) {
        return code == null ? null : claimTypes.computeIfAbsent(code, c -> dsl.insertInto(CLAIM_TYPE)
                .set(CLAIM_TYPE.CODE, c).set(CLAIM_TYPE.NAME, c).set(CLAIM_TYPE.SORT_ORDER, 1000)
                .returning(CLAIM_TYPE.ID).fetchOne().getId());
    }

    Long verdict(String code) {
        return code == null ? null : verdicts.computeIfAbsent(code, c -> dsl.insertInto(VERDICT)
                .set(VERDICT.CODE, c).set(VERDICT.NAME, c).set(VERDICT.SORT_ORDER, 1000)
                .returning(VERDICT.ID).fetchOne().getId());
    }

    boolean free(Table<?> table, Field<Long> id, long value) {
        return !dsl.fetchExists(table, id.eq(value));
    }

    /**
     * A new article of an annotated import: its text is taken as it is (the annotations' offsets point into it), so
     * raw and clean text are the same; the id comes from the article sequence.
     */
    long newArticle(String title, String text, String importFile) {
        long id = nextArticleId();
        dsl.insertInto(ARTICLE).set(ARTICLE.ID, id).set(ARTICLE.RAW_TEXT, text).set(ARTICLE.CLEAN_TEXT, text)
                .set(ARTICLE.CLEAN_CP_LENGTH, org.corpusdesk.annotation.Spans.codePointLength(text))
                .set(ARTICLE.TITLE, title)
                .set(ARTICLE.CONTENT_HASH, org.corpusdesk.ingest.ArticlePreparer.contentHash(text))
                .set(ARTICLE.TITLE_HASH, org.corpusdesk.ingest.ArticlePreparer.titleHash(title))
                .set(ARTICLE.STORY_CLUSTER, id)
                .set(ARTICLE.IMPORT_FILE, importFile).execute();
        return id;
    }

    /** A plain span (label, offsets, covered text) of one annotator; whether it was new, and its id. */
    record StoredSpan(long id, boolean added) {
    }

    /** Stores a plain span unless the annotator has the same label at the same offsets already. */
    StoredSpan span(long article, long annotator, long label, int start, int end, String covered) {
        Long already = dsl.select(ANNOTATION.ID).from(ANNOTATION).where(ANNOTATION.ARTICLE_ID.eq(article))
                .and(ANNOTATION.LABEL_ID.eq(label)).and(ANNOTATION.START_CP.eq(start))
                .and(ANNOTATION.END_CP.eq(end)).and(ANNOTATION.ANNOTATOR_ID.eq(annotator)).limit(1)
                .fetchOne(ANNOTATION.ID);
        if (already != null) {
            return new StoredSpan(already, false);
        }
        return new StoredSpan(dsl.insertInto(ANNOTATION).set(ANNOTATION.ARTICLE_ID, article)
                .set(ANNOTATION.ANNOTATOR_ID, annotator).set(ANNOTATION.LABEL_ID, label)
                .set(ANNOTATION.START_CP, start).set(ANNOTATION.END_CP, end).set(ANNOTATION.COVERED_TEXT, covered)
                .returning(ANNOTATION.ID).fetchOne().getId(), true);
    }

    /** Attributes a claim to a source unless it is already; true when a new attribution was stored. */
    boolean attribution(long claim, long source) {
        if (dsl.fetchExists(ATTRIBUTION, ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(claim)
                .and(ATTRIBUTION.SOURCE_ANNOTATION_ID.eq(source)))) {
            return false;
        }
        dsl.insertInto(ATTRIBUTION).set(ATTRIBUTION.CLAIM_ANNOTATION_ID, claim)
                .set(ATTRIBUTION.SOURCE_ANNOTATION_ID, source).execute();
        return true;
    }

    /** Gives the claim's attributions this cue. */
    void cue(long claim, long cue) {
        dsl.update(ATTRIBUTION).set(ATTRIBUTION.CUE_ANNOTATION_ID, cue).where(ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(claim))
                .execute();
    }

    /** Keeps the article's annotation count, after its spans changed. */
    void recount(long article) {
        dsl.update(ARTICLE).set(ARTICLE.ANNOTATION_COUNT, dsl.selectCount().from(ANNOTATION)
                .where(ANNOTATION.ARTICLE_ID.eq(article))).where(ARTICLE.ID.eq(article)).execute();
    }

    /**
     * The stored article a text annotated elsewhere belongs to: one whose clean text folds as the text does (our own
     * export), else one imported from this very text and cleaned (its clean text folds as the text cleaned now does);
     * null when there is none. Offsets are mapped onto a stored clean text that differs from the text.
     */
    AnnotatedText stored(String text, org.corpusdesk.ingest.clean.TextCleaner cleaner) {
        for (String candidate : new String[] {text, null}) {
            String hash = org.corpusdesk.ingest.ArticlePreparer.contentHash(candidate != null ? candidate
                    : cleaner.clean(org.corpusdesk.ingest.TextDecoder.normalise(text), null).text());
            var row = dsl.select(ARTICLE.ID, ARTICLE.CLEAN_TEXT).from(ARTICLE).where(ARTICLE.CONTENT_HASH.eq(hash))
                    .orderBy(ARTICLE.ID).limit(1).fetchOne();
            if (row != null) {
                String clean = row.value2();
                return new AnnotatedText(row.value1(), text, clean, clean.equals(text) ? null : OffsetMap.between(text, clean));
            }
        }
        return null;
    }

    /** A new article id from the article sequence (the importer's hi/lo blocks start above it). */
    long nextArticleId() {
        return dsl.nextval(org.corpusdesk.jooq.Sequences.ARTICLE_ID_SEQ);
    }

    /** After inserts with explicit ids: the identity of {@code table} continues above its largest id. */
    void moveIdentityPast(String table) {
        Long max = dsl.fetchSingle("SELECT MAX(id) FROM " + table).get(0, Long.class);
        if (max == null) {
            return;
        }
        if (dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            dsl.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + max + ")");
        } else {
            dsl.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (max + 1));
        }
    }

    /** The article sequence continues above the largest article id. */
    void moveArticleSequencePast() {
        Long max = dsl.fetchValue(DSL.select(DSL.max(ARTICLE.ID)).from(ARTICLE));
        Long next = dsl.nextval(org.corpusdesk.jooq.Sequences.ARTICLE_ID_SEQ);
        if (max != null && next <= max) {
            dsl.execute("ALTER SEQUENCE article_id_seq RESTART WITH " + (max + 1));
        }
    }
}

package org.corpusdesk.ingest.dataset;

import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.CLAIM_TYPE;
import static org.corpusdesk.jooq.Tables.LABEL;
import static org.corpusdesk.jooq.Tables.VERDICT;

import java.util.HashMap;
import java.util.Map;
import org.corpusdesk.annotation.AnnotationRepository;
import org.corpusdesk.annotation.SpanRow;
import org.corpusdesk.annotation.Spans;
import org.corpusdesk.article.ArticleRepository;
import org.corpusdesk.article.ArticleStatus;
import org.corpusdesk.article.NewArticle;
import org.corpusdesk.ingest.ArticlePreparer;
import org.corpusdesk.registry.RegistryRepository;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Writes imported annotations into this database: finds or creates users, labels, claim types and verdicts by
 * name, keeps the file's ids where they are free, and moves the id generators past what it inserted.
 */
final class ImportTarget {

    private final DSLContext dsl;
    private final AnnotationRepository annotations;
    private final ArticleRepository articles;
    private final RegistryRepository registry;
    private final Map<String, Long> users = new HashMap<>();
    private final Map<String, Long> labels = new HashMap<>();
    private final Map<String, Long> claimTypes = new HashMap<>();
    private final Map<String, Long> verdicts = new HashMap<>();

    private final org.corpusdesk.comment.CommentRepository comments;

    ImportTarget(DSLContext dsl, AnnotationRepository annotations, ArticleRepository articles, RegistryRepository registry,
            org.corpusdesk.comment.CommentRepository comments) {
        this.dsl = dsl;
        this.comments = comments;
        this.annotations = annotations;
        this.articles = articles;
        this.registry = registry;
        dsl.select(APP_USER.USERNAME, APP_USER.ID).from(APP_USER).forEach(r -> users.put(r.value1(), r.value2()));
        dsl.select(LABEL.NAME, LABEL.ID).from(LABEL).forEach(r -> labels.put(r.value1(), r.value2()));
        dsl.select(CLAIM_TYPE.CODE, CLAIM_TYPE.ID).from(CLAIM_TYPE).forEach(r -> claimTypes.put(r.value1(), r.value2()));
        dsl.select(VERDICT.CODE, VERDICT.ID).from(VERDICT).forEach(r -> verdicts.put(r.value1(), r.value2()));
    }

    AnnotationRepository annotations() {
        return annotations;
    }

    ArticleRepository articles() {
        return articles;
    }

    RegistryRepository registry() {
        return registry;
    }

    org.corpusdesk.comment.CommentRepository comments() {
        return comments;
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

    /**
     * A new article of an annotated import: its text is taken as it is (the annotations' offsets point into it), so
     * raw and clean text are the same; the id comes from the article sequence.
     */
    long newArticle(String title, String text, String importFile) {
        long id = nextArticleId();
        articles.insertAnnotated(new NewArticle(id, text, text, Spans.codePointLength(text), null, title, null, null, null,
                null, null, null, null, null, null, null, ArticlePreparer.contentHash(text),
                ArticlePreparer.titleHash(title), id, null, null, null, importFile, null, 0, null), ArticleStatus.NEW);
        return id;
    }

    /** A plain span (label, offsets, covered text) of one annotator; whether it was new, and its id. */
    record StoredSpan(long id, boolean added) {
    }

    /** Stores a span unless its annotator has the same label at the same offsets already. */
    StoredSpan span(SpanRow row) {
        Long already = annotations.same(row.articleId(), row.annotatorId(), row.labelId(), row.start(), row.end());
        return already != null ? new StoredSpan(already, false) : new StoredSpan(annotations.insert(row), true);
    }

    /**
     * Attributes a claim to a source (null: to nobody) through a cue and an event's trigger, unless the claim is
     * attributed to that source already (then only a cue or trigger it lacks is added); true when a new one was stored.
     */
    boolean attribution(long claim, Long source, Long cue, Long trigger) {
        Long existing = annotations.attributionOf(claim, source);
        if (existing != null) {
            if (cue != null || trigger != null) {
                var had = annotations.attribution(existing).orElseThrow();
                annotations.setCueAndTrigger(existing, cue != null ? cue : had.cueAnnotationId(),
                        trigger != null ? trigger : had.triggerAnnotationId());
            }
            return false;
        }
        annotations.insertAttribution(claim, source, cue, trigger, null);
        return true;
    }

    /** Gives the claim's attributions this cue. */
    void cue(long claim, long cue) {
        annotations.setCueOfClaim(claim, cue);
    }

    /** Keeps the article's annotation count, after its spans changed. */
    void recount(long article) {
        annotations.recount(article);
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

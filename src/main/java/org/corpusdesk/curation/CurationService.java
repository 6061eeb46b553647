package org.corpusdesk.curation;

import static org.corpusdesk.jooq.Tables.ANNOTATION;
import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ATTRIBUTION;
import static org.corpusdesk.jooq.Tables.LABEL;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corpusdesk.annotation.AnnotationRepository;
import org.corpusdesk.annotation.AnnotationService;
import org.corpusdesk.annotation.Attribution;
import org.corpusdesk.annotation.SpanRow;
import org.corpusdesk.article.ArticleEditService;
import org.corpusdesk.article.ArticleStatus;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.curation.CurationSheets.AttributionIn;
import org.corpusdesk.curation.CurationSheets.SpanIn;
import org.corpusdesk.jooq.tables.records.AnnotationRecord;
import org.corpusdesk.user.UserRepository;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curation: curators merge the editors' layers of an article into its gold layer (the spans of the gold layer's
 * system user, V28), span by span, a whole layer, or every agreed span at once, with attributions the same way;
 * then mark the article curated. Each change is audited with the span it was accepted from.
 */
@Service
public class CurationService {

    private final DSLContext dsl;
    private final AnnotationRepository annotations;
    private final UserRepository users;
    private final ArticleEditService articles;
    private final AnnotationService spans;
    private final AuditLog audit;

    public CurationService(DSLContext dsl, AnnotationRepository annotations, UserRepository users,
            ArticleEditService articles, AnnotationService spans, AuditLog audit) {
        this.spans = spans;
        this.dsl = dsl;
        this.annotations = annotations;
        this.users = users;
        this.articles = articles;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('CURATOR')")
    @Transactional(readOnly = true)
    public CurationSheet sheet(long articleId) {
        var article = dsl.select(ARTICLE.TITLE, ARTICLE.CLEAN_TEXT, ARTICLE.STATUS).from(ARTICLE)
                .where(ARTICLE.ID.eq(articleId)).fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        List<SpanIn> spans = dsl.select(ANNOTATION.ID, APP_USER.USERNAME, APP_USER.GOLD_LAYER, ANNOTATION.LABEL_ID,
                        LABEL.NAME, LABEL.COLOUR, ANNOTATION.START_CP, ANNOTATION.END_CP, ANNOTATION.COVERED_TEXT,
                        ANNOTATION.FRAGMENTS)
                .from(ANNOTATION).join(APP_USER).on(APP_USER.ID.eq(ANNOTATION.ANNOTATOR_ID))
                .join(LABEL).on(LABEL.ID.eq(ANNOTATION.LABEL_ID))
                .where(ANNOTATION.ARTICLE_ID.eq(articleId)).orderBy(ANNOTATION.ID)
                .fetch(r -> new SpanIn(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8(), r.value9(), r.value10()));
        List<AttributionIn> links = dsl.select(ATTRIBUTION.ID, ATTRIBUTION.CLAIM_ANNOTATION_ID,
                        ATTRIBUTION.SOURCE_ANNOTATION_ID)
                .from(ATTRIBUTION).join(ANNOTATION).on(ANNOTATION.ID.eq(ATTRIBUTION.CLAIM_ANNOTATION_ID))
                .where(ANNOTATION.ARTICLE_ID.eq(articleId)).orderBy(ATTRIBUTION.ID)
                .fetch(r -> new AttributionIn(r.value1(), r.value2(), r.value3()));
        return CurationSheets.build(articleId, article.value1(), article.value2(), article.value3(), spans, links);
    }

    /**
     * Accepts editors' spans into the gold layer (a span gold already has is left as is). With {@code replace}, gold
     * spans of the same label that overlap an accepted one leave gold first: choosing one side of a conflict.
     * Returns how many gold spans were added.
     */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public int acceptSpans(long articleId, Collection<Long> spanIds, boolean replace) {
        int before = goldCount(articleId);
        for (long id : spanIds) {
            accept(articleId, id, replace);
        }
        annotations.recount(articleId);
        return goldCount(articleId) - before;
    }

    /** Accepts every span and attribution of one editor's layer; returns how many gold spans were added. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public int acceptLayer(long articleId, String annotator) {
        CurationSheet sheet = sheet(articleId);
        if (!sheet.layers().contains(annotator)) {
            throw new IllegalArgumentException(annotator + " has no spans in article " + articleId);
        }
        int before = goldCount(articleId);
        for (CurationSheet.Variant v : sheet.variants()) {
            int i = v.annotators().indexOf(annotator);
            if (i >= 0) {
                accept(articleId, v.spanIds().get(i), false);
            }
        }
        for (CurationSheet.AttributionVariant a : sheet.attributions()) {
            if (a.annotators().contains(annotator)) {
                acceptAttribution(articleId, ofAnnotator(a, annotator), true);
            }
        }
        annotations.recount(articleId);
        return goldCount(articleId) - before;
    }

    /** Accepts every span and attribution all the article's editors made alike; returns how many gold spans were added. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public int acceptAgreed(long articleId) {
        CurationSheet sheet = sheet(articleId);
        int before = goldCount(articleId);
        for (CurationSheet.Variant v : sheet.variants()) {
            if (v.agreed() && !v.inGold()) {
                accept(articleId, v.spanIds().getFirst(), false);
            }
        }
        for (CurationSheet.AttributionVariant a : sheet.attributions()) {
            if (a.agreed() && !a.inGold()) {
                acceptAttribution(articleId, a.attributionIds().getFirst(), false);
            }
        }
        annotations.recount(articleId);
        return goldCount(articleId) - before;
    }

    /** Accepts an editor's attribution: its claim, source and cue into gold, and the attribution between them. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public void acceptAttributions(long articleId, Collection<Long> attributionIds) {
        for (long id : attributionIds) {
            acceptAttribution(articleId, id, true);
        }
        annotations.recount(articleId);
    }

    /** Takes spans out of the gold layer, with the gold attributions they are the claim or source of. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public int removeFromGold(long articleId, Collection<Long> goldSpanIds) {
        int removed = 0;
        for (long id : goldSpanIds) {
            removed += removeGold(articleId, id) ? 1 : 0;
        }
        annotations.recount(articleId);
        return removed;
    }

    /** Takes an attribution out of the gold layer (its spans stay). */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public void removeGoldAttribution(long articleId, long attributionId) {
        Attribution a = annotations.attribution(attributionId)
                .orElseThrow(() -> new IllegalArgumentException("no attribution " + attributionId));
        requireGold(articleId, a.claimAnnotationId());
        spans.removeAttribution(attributionId);
    }

    /** Marks the article curated (its own status, with the article's history and audit). */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public void markCurated(long articleId) {
        var a = articles.load(articleId).orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        if (a.metadata().status() != ArticleStatus.CURATED) {
            articles.setStatus(articleId, a.version(), ArticleStatus.CURATED);
        }
    }

    private long accept(long articleId, long spanId, boolean replace) {
        long gold = users.goldLayerId();
        AnnotationRecord s = dsl.fetchOptional(ANNOTATION, ANNOTATION.ID.eq(spanId))
                .orElseThrow(() -> new IllegalArgumentException("no span " + spanId + " (deleted meanwhile?)"));
        if (s.getArticleId() != articleId) {
            throw new IllegalArgumentException("span " + spanId + " is not in article " + articleId);
        }
        if (s.getAnnotatorId() == gold) {
            return spanId;
        }
        Long same = annotations.same(articleId, gold, s.getLabelId(), s.getStartCp(), s.getEndCp());
        if (same != null) {
            return same;
        }
        if (replace) {
            for (AnnotationRecord other : dsl.selectFrom(ANNOTATION).where(ANNOTATION.ARTICLE_ID.eq(articleId))
                    .and(ANNOTATION.ANNOTATOR_ID.eq(gold)).and(ANNOTATION.LABEL_ID.eq(s.getLabelId()))
                    .and(ANNOTATION.START_CP.lt(s.getEndCp())).and(ANNOTATION.END_CP.gt(s.getStartCp())).fetch()) {
                removeGold(articleId, other.getId());
            }
        }
        long id = annotations.insert(new SpanRow(null, articleId, gold, s.getLabelId(), s.getStartCp(), s.getEndCp(),
                s.getCoveredText(), s.getFragments(), s.getClaimTypeId(), s.getFigure(), s.getFigureUnit(),
                s.getFigureQualifier(), s.getVerdictId(), s.getNote(), s.getSourceId(), s.getClaimId(), s.getAttributes()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("layer", "gold");
        after.put("acceptedFrom", spanId);
        after.put("label", s.getLabelId());
        after.put("start", s.getStartCp());
        after.put("end", s.getEndCp());
        audit.record(AuditAction.CREATE, "annotation", id, null, after);
        return id;
    }

    /**
     * Accepts an attribution with its claim and source. Its cue and trigger come along when {@code withCue} (the
     * curator chose this editor's attribution); otherwise (agreed attributions, whose editors may differ on the cue)
     * only when gold has the same span already.
     */
    private void acceptAttribution(long articleId, long attributionId, boolean withCue) {
        Attribution a = annotations.attribution(attributionId)
                .orElseThrow(() -> new IllegalArgumentException("no attribution " + attributionId));
        long claim = accept(articleId, a.claimAnnotationId(), false);
        Long source = a.sourceAnnotationId() == null ? null : accept(articleId, a.sourceAnnotationId(), false);
        Long cue = a.cueAnnotationId() == null ? null
                : withCue ? (Long) accept(articleId, a.cueAnnotationId(), false) : goldTwin(articleId, a.cueAnnotationId());
        Long trigger = a.triggerAnnotationId() == null ? null
                : withCue ? (Long) accept(articleId, a.triggerAnnotationId(), false) : goldTwin(articleId, a.triggerAnnotationId());
        if (annotations.attributionOf(claim, source) == null) {
            long id = annotations.insertAttribution(claim, source, cue, trigger, null);
            audit.record(AuditAction.CREATE, "attribution", id, null, Map.of("layer", "gold", "acceptedFrom", attributionId));
        }
    }

    /** The gold span with the same label and offsets as this editor's span, if gold has one. */
    private Long goldTwin(long articleId, long spanId) {
        AnnotationRecord s = dsl.fetchOptional(ANNOTATION, ANNOTATION.ID.eq(spanId)).orElse(null);
        return s == null ? null : annotations.same(articleId, users.goldLayerId(), s.getLabelId(), s.getStartCp(), s.getEndCp());
    }

    /** A gold span goes as any span does: with the attributions it is the claim or source of (audited there). */
    private boolean removeGold(long articleId, long goldSpanId) {
        spans.delete(goldSpanId, requireGold(articleId, goldSpanId).getVersion());
        return true;
    }

    private AnnotationRecord requireGold(long articleId, long spanId) {
        AnnotationRecord s = dsl.fetchOptional(ANNOTATION, ANNOTATION.ID.eq(spanId))
                .orElseThrow(() -> new IllegalArgumentException("no span " + spanId));
        if (s.getArticleId() != articleId || s.getAnnotatorId() != users.goldLayerId()) {
            throw new IllegalArgumentException("span " + spanId + " is not in the gold layer of article " + articleId);
        }
        return s;
    }

    private static long ofAnnotator(CurationSheet.AttributionVariant a, String annotator) {
        return a.attributionIds().get(a.annotators().indexOf(annotator));
    }

    private int goldCount(long articleId) {
        return dsl.fetchCount(ANNOTATION, ANNOTATION.ARTICLE_ID.eq(articleId).and(ANNOTATION.ANNOTATOR_ID.eq(users.goldLayerId())));
    }

    /** Articles whose layers a curator can merge: two or more editors' layers, not curated or decided yet. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional(readOnly = true)
    public List<Candidate> toCurate(int limit) {
        return waiting(0, limit);
    }

    /** The next article waiting for curation after this one (in id order), if any. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional(readOnly = true)
    public java.util.Optional<Long> nextToCurate(long after) {
        return waiting(after, 1).stream().findFirst().map(Candidate::id);
    }

    private List<Candidate> waiting(long after, int limit) {
        long gold = users.goldLayerId();
        var layers = org.jooq.impl.DSL.countDistinct(ANNOTATION.ANNOTATOR_ID);
        return dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.STATUS, layers).from(ANNOTATION).join(ARTICLE)
                .on(ARTICLE.ID.eq(ANNOTATION.ARTICLE_ID))
                .where(ANNOTATION.ANNOTATOR_ID.ne(gold)).and(ARTICLE.STATUS.notIn("CURATED", "APPROVED", "REJECTED"))
                .and(ARTICLE.ID.gt(after))
                .groupBy(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.STATUS).having(layers.ge(2))
                .orderBy(ARTICLE.ID).limit(limit)
                .fetch(r -> new Candidate(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** An article waiting for curation and how many editors' layers it has. */
    public record Candidate(long id, String title, String status, int layers) {
    }
}

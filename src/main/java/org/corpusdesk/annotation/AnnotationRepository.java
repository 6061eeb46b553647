package org.corpusdesk.annotation;

import static org.corpusdesk.jooq.Tables.ANNOTATION;
import static org.corpusdesk.jooq.Tables.ATTRIBUTION;

import java.time.OffsetDateTime;
import java.util.List;
import org.corpusdesk.article.ArticleRepository;
import org.corpusdesk.jooq.tables.records.AnnotationRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The one writer of the annotation and attribution tables, for the span editor and every import alike; it keeps the
 * article's annotation count after each change. Callers own the transaction and decide who may write.
 */
@Repository
public class AnnotationRepository {

    private final DSLContext dsl;
    private final ArticleRepository articles;

    public AnnotationRepository(DSLContext dsl, ArticleRepository articles) {
        this.dsl = dsl;
        this.articles = articles;
    }

    /** Stores an editor's new span (the record carries its fields); returns its id. */
    public long insert(AnnotationRecord r) {
        r.attach(dsl.configuration());
        r.store();
        articles.recountAnnotations(r.getArticleId());
        return r.getId();
    }

    /** Stores an imported span, keeping its id when that is free; the caller recounts the article once at the end. */
    public long insert(SpanRow s) {
        var insert = dsl.insertInto(ANNOTATION)
                .set(ANNOTATION.ARTICLE_ID, s.articleId()).set(ANNOTATION.ANNOTATOR_ID, s.annotatorId())
                .set(ANNOTATION.LABEL_ID, s.labelId()).set(ANNOTATION.START_CP, s.start()).set(ANNOTATION.END_CP, s.end())
                .set(ANNOTATION.COVERED_TEXT, s.coveredText()).set(ANNOTATION.FRAGMENTS, s.fragments())
                .set(ANNOTATION.CLAIM_TYPE_ID, s.claimTypeId()).set(ANNOTATION.FIGURE, s.figure())
                .set(ANNOTATION.FIGURE_UNIT, s.figureUnit()).set(ANNOTATION.FIGURE_QUALIFIER, s.figureQualifier())
                .set(ANNOTATION.VERDICT_ID, s.verdictId()).set(ANNOTATION.NOTE, s.note())
                .set(ANNOTATION.SOURCE_ID, s.sourceId()).set(ANNOTATION.CLAIM_ID, s.claimId())
                .set(ANNOTATION.ATTRIBUTES, s.attributes());
        if (s.id() != null && !dsl.fetchExists(ANNOTATION, ANNOTATION.ID.eq(s.id()))) {
            insert = insert.set(ANNOTATION.ID, s.id());
        }
        return insert.returning(ANNOTATION.ID).fetchOne().getId();
    }

    /** The annotator's span with this label at these offsets, if there is one. */
    public Long same(long articleId, long annotatorId, long labelId, int start, int end) {
        return dsl.select(ANNOTATION.ID).from(ANNOTATION).where(ANNOTATION.ARTICLE_ID.eq(articleId))
                .and(ANNOTATION.LABEL_ID.eq(labelId)).and(ANNOTATION.START_CP.eq(start)).and(ANNOTATION.END_CP.eq(end))
                .and(ANNOTATION.ANNOTATOR_ID.eq(annotatorId)).limit(1).fetchOne(ANNOTATION.ID);
    }

    /** Updates a span unless its version moved on; false when it did (or the span is gone). */
    public boolean update(long id, int baseVersion, AnnotationRecord fields) {
        return dsl.update(ANNOTATION).set(fields).set(ANNOTATION.VERSION, ANNOTATION.VERSION.plus(1))
                .where(ANNOTATION.ID.eq(id).and(ANNOTATION.VERSION.eq(baseVersion))).execute() == 1;
    }

    /** Deletes a span unless its version moved on; false when it did (or the span is gone). */
    public boolean delete(long id, int baseVersion, long articleId) {
        boolean deleted = dsl.deleteFrom(ANNOTATION).where(ANNOTATION.ID.eq(id).and(ANNOTATION.VERSION.eq(baseVersion)))
                .execute() == 1;
        if (deleted) {
            articles.recountAnnotations(articleId);
        }
        return deleted;
    }

    /** Keeps the article's annotation count after an import changed its spans. */
    public void recount(long articleId) {
        articles.recountAnnotations(articleId);
    }

    /** Moves spans from one registry claim to another; how many moved. */
    public int moveRegistryClaim(long fromId, long intoId) {
        return dsl.update(ANNOTATION).set(ANNOTATION.CLAIM_ID, intoId).where(ANNOTATION.CLAIM_ID.eq(fromId)).execute();
    }

    /** Moves spans from one registry source to another; how many moved. */
    public int moveRegistrySource(long fromId, long intoId) {
        return dsl.update(ANNOTATION).set(ANNOTATION.SOURCE_ID, intoId).where(ANNOTATION.SOURCE_ID.eq(fromId)).execute();
    }

    /** Stores an attribution; {@code source}, {@code cue} and {@code trigger} may be null. Returns its id. */
    public long insertAttribution(long claim, Long source, Long cue, Long trigger, Long createdBy) {
        return dsl.insertInto(ATTRIBUTION).set(ATTRIBUTION.CLAIM_ANNOTATION_ID, claim)
                .set(ATTRIBUTION.SOURCE_ANNOTATION_ID, source).set(ATTRIBUTION.CUE_ANNOTATION_ID, cue)
                .set(ATTRIBUTION.TRIGGER_ANNOTATION_ID, trigger).set(ATTRIBUTION.CREATED_BY, createdBy)
                .set(ATTRIBUTION.CREATED_AT, OffsetDateTime.now())
                .returning(ATTRIBUTION.ID).fetchSingle().getId();
    }

    /** The claim's attribution to this source (null: to no source), if there is one. */
    public Long attributionOf(long claim, Long source) {
        return dsl.select(ATTRIBUTION.ID).from(ATTRIBUTION).where(ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(claim)
                .and(source == null ? ATTRIBUTION.SOURCE_ANNOTATION_ID.isNull() : ATTRIBUTION.SOURCE_ANNOTATION_ID.eq(source)))
                .limit(1).fetchOne(ATTRIBUTION.ID);
    }

    /** Gives every attribution of the claim this cue (a brat "Cue" relation). */
    public void setCueOfClaim(long claim, long cue) {
        dsl.update(ATTRIBUTION).set(ATTRIBUTION.CUE_ANNOTATION_ID, cue).where(ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(claim))
                .execute();
    }

    public boolean deleteAttribution(long id) {
        return dsl.deleteFrom(ATTRIBUTION).where(ATTRIBUTION.ID.eq(id)).execute() == 1;
    }

    /** Attributions that name this span as their trigger keep going without it. */
    public void dropTrigger(long annotationId) {
        dsl.update(ATTRIBUTION).setNull(ATTRIBUTION.TRIGGER_ANNOTATION_ID)
                .where(ATTRIBUTION.TRIGGER_ANNOTATION_ID.eq(annotationId)).execute();
    }

    /** The attributions whose claim, source, cue or trigger is this span. */
    public List<Attribution> touching(long annotationId) {
        return dsl.selectFrom(ATTRIBUTION)
                .where(ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(annotationId)
                        .or(ATTRIBUTION.SOURCE_ANNOTATION_ID.eq(annotationId))
                        .or(ATTRIBUTION.CUE_ANNOTATION_ID.eq(annotationId))
                        .or(ATTRIBUTION.TRIGGER_ANNOTATION_ID.eq(annotationId)))
                .orderBy(ATTRIBUTION.ID)
                .fetch(AnnotationRepository::attribution);
    }

    static Attribution attribution(org.corpusdesk.jooq.tables.records.AttributionRecord r) {
        return new Attribution(r.getId(), r.getClaimAnnotationId(), r.getSourceAnnotationId(), r.getCueAnnotationId(),
                r.getVersion(), r.getTriggerAnnotationId());
    }

    public java.util.Optional<Attribution> attribution(long id) {
        return dsl.selectFrom(ATTRIBUTION).where(ATTRIBUTION.ID.eq(id)).fetchOptional(AnnotationRepository::attribution);
    }

    /** Attributions that name this span as their cue keep going without it. */
    public void dropCue(long annotationId) {
        dsl.update(ATTRIBUTION).setNull(ATTRIBUTION.CUE_ANNOTATION_ID)
                .where(ATTRIBUTION.CUE_ANNOTATION_ID.eq(annotationId)).execute();
    }

    /** Sets an attribution's cue and trigger as given (null clears). */
    public void setCueAndTrigger(long attribution, Long cue, Long trigger) {
        dsl.update(ATTRIBUTION).set(ATTRIBUTION.CUE_ANNOTATION_ID, cue).set(ATTRIBUTION.TRIGGER_ANNOTATION_ID, trigger)
                .where(ATTRIBUTION.ID.eq(attribution)).execute();
    }

    public boolean spanExists(long id) {
        return dsl.fetchExists(ANNOTATION, ANNOTATION.ID.eq(id));
    }
}

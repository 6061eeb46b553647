package org.corpusdesk.annotation;

import static org.corpusdesk.jooq.Tables.ANNOTATION;
import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ATTRIBUTION;
import static org.corpusdesk.jooq.Tables.LABEL;
import static org.corpusdesk.jooq.Tables.REGISTRY_CLAIM;
import static org.corpusdesk.jooq.Tables.REGISTRY_SOURCE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpusdesk.article.ArticleAccess;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.jooq.tables.records.AnnotationRecord;
import org.corpusdesk.user.Actor;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spans and attributions. An annotation belongs to its annotator: editors change only their own (and see
 * others' read-only on request), curators see and change all. Each change is one transaction with its audit
 * event; updates and deletes check the version the editor saw.
 */
@Service
public class AnnotationService {

    private final DSLContext dsl;
    private final AnnotationRepository annotations;
    private final ArticleAccess access;
    private final boolean blind;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final org.corpusdesk.user.UserRepository users;

    public AnnotationService(DSLContext dsl, AnnotationRepository annotations, ArticleAccess access, AuditLog audit,
            CurrentUser currentUser, org.corpusdesk.user.UserRepository users,
            @org.springframework.beans.factory.annotation.Value("${corpusdesk.annotation.blind:true}") boolean blind) {
        this.users = users;
        this.blind = blind;
        this.dsl = dsl;
        this.annotations = annotations;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /**
     * The article's annotations the current user may see: own ones, or everybody's when {@code othersToo}. Editors
     * annotate blind ({@code corpusdesk.annotation.blind}, default on): they see only their own layer until a curator
     * has curated or decided the article (curated, approved or rejected), so double annotation stays independent.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Annotation> forArticle(long articleId, boolean othersToo) {
        Actor me = currentUser.actor();
        boolean others = curatorOrCommandLine(me) || othersToo && othersVisible(articleId, me);
        Condition visible = others ? DSL.noCondition() : ANNOTATION.ANNOTATOR_ID.eq(me.id());
        return select().where(ANNOTATION.ARTICLE_ID.eq(articleId).and(visible))
                .orderBy(ANNOTATION.START_CP, ANNOTATION.END_CP.desc(), ANNOTATION.ID)
                .fetch(r -> toAnnotation(r, me));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Annotation> find(long id) {
        Actor me = currentUser.actor();
        return select().where(ANNOTATION.ID.eq(id)).fetchOptional(r -> toAnnotation(r, me));
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Annotation create(long articleId, AnnotationDraft draft) {
        return createFor(articleId, draft, currentUser.id());
    }

    /** The article's gold layer: the spans curators accepted or tagged into it (curation). */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional(readOnly = true)
    public List<Annotation> goldLayer(long articleId) {
        Actor me = currentUser.actor();
        return select().where(ANNOTATION.ARTICLE_ID.eq(articleId)).and(APP_USER.GOLD_LAYER)
                .orderBy(ANNOTATION.START_CP, ANNOTATION.END_CP.desc(), ANNOTATION.ID)
                .fetch(r -> toAnnotation(r, me));
    }

    /** A curator tags a span straight into the gold layer. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public Annotation createInGold(long articleId, AnnotationDraft draft) {
        return createFor(articleId, draft, users.goldLayerId());
    }

    private Annotation createFor(long articleId, AnnotationDraft draft, long annotatorId) {
        requireOpen(articleId);
        String text = cleanText(articleId);
        String covered = checkDraft(text, draft);
        AnnotationRecord r = dsl.newRecord(ANNOTATION);
        r.setArticleId(articleId);
        r.setAnnotatorId(annotatorId);
        apply(r, draft, covered);
        r.setCreatedAt(OffsetDateTime.now());
        r.setUpdatedAt(r.getCreatedAt());
        r.setVersion(0);
        Annotation created = find(annotations.insert(r)).orElseThrow();
        audit.record(AuditAction.CREATE, "annotation", created.id(), null, created.draft());
        return created;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Annotation update(long id, int baseVersion, AnnotationDraft draft) {
        Annotation before = requireEditable(id, baseVersion);
        String covered = checkDraft(cleanText(before.articleId()), draft);
        AnnotationRecord r = dsl.fetchOptional(ANNOTATION, ANNOTATION.ID.eq(id)).orElseThrow(() ->
                new AnnotationConflictException("this annotation was deleted meanwhile", null));
        apply(r, draft, covered);
        r.setUpdatedAt(OffsetDateTime.now());
        if (!annotations.update(id, baseVersion, r)) {
            throw new AnnotationConflictException("this annotation was changed meanwhile", find(id).orElse(null));
        }
        Annotation after = find(id).orElseThrow();
        audit.record(AuditAction.UPDATE, "annotation", id, before.draft(), after.draft());
        return after;
    }

    /** Moves one edge of the span by a word ({@link Spans#moveEdge}), as an update with the same checks. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Annotation moveEdge(long id, int baseVersion, Spans.Edge edge, boolean forward) {
        Annotation a = requireEditable(id, baseVersion);
        if (a.fragments() != null) {
            throw new IllegalArgumentException("a discontinuous span's edges are its fragments': re-tag it to change them");
        }
        int[] moved = Spans.moveEdge(cleanText(a.articleId()), a.startCp(), a.endCp(), edge, forward);
        if (moved[0] == a.startCp() && moved[1] == a.endCp()) {
            return a;
        }
        AnnotationDraft d = a.draft();
        return update(id, baseVersion, new AnnotationDraft(d.labelId(), moved[0], moved[1], d.claimTypeId(), d.figure(),
                d.figureUnit(), d.figureQualifier(), d.verdictId(), d.note(), d.sourceId(), d.claimId()));
    }

    /**
     * Deletes the span. Attributions that name it as the claim or the source go with it; those that name it as the cue
     * or the event's trigger lose only that. Returns the span and those attributions as they were, for undo.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public DeletedSpan delete(long id, int baseVersion) {
        Annotation before = requireEditable(id, baseVersion);
        List<Attribution> links = annotations.touching(id);
        for (Attribution a : links) {
            if (a.claimAnnotationId() == id || java.util.Objects.equals(a.sourceAnnotationId(), id)) {
                if (annotations.deleteAttribution(a.id())) {
                    audit.record(AuditAction.DELETE, "attribution", a.id(), a, null);
                }
            } else {
                annotations.setCueAndTrigger(a.id(), java.util.Objects.equals(a.cueAnnotationId(), id) ? null
                        : a.cueAnnotationId(), java.util.Objects.equals(a.triggerAnnotationId(), id) ? null
                        : a.triggerAnnotationId());
                audit.record(AuditAction.UPDATE, "attribution", a.id(), a, annotations.attribution(a.id()).orElse(null));
            }
        }
        // changed or deleted since it was read: nothing is deleted (the transaction rolls back) and the editor is told
        if (!annotations.delete(id, baseVersion, before.articleId())) {
            throw new AnnotationConflictException("this annotation was changed or deleted meanwhile", find(id).orElse(null));
        }
        audit.record(AuditAction.DELETE, "annotation", id, before.draft(), null);
        return new DeletedSpan(before, links);
    }

    /**
     * What deleting the span would take with it, in words, for the editor to confirm: the attributions it is the
     * claim or source of, and those it is the cue of (which keep going without it). Empty when nothing depends on it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> dependents(long id) {
        List<String> out = new java.util.ArrayList<>();
        for (Attribution a : annotations.touching(id)) {
            String claim = textOf(a.claimAnnotationId());
            if (a.claimAnnotationId() == id) {
                out.add("its attribution to " + (a.sourceAnnotationId() == null ? "no source"
                        : "“" + textOf(a.sourceAnnotationId()) + "”"));
            } else if (java.util.Objects.equals(a.sourceAnnotationId(), id)) {
                out.add("the attribution of the claim “" + claim + "” to it");
            } else if (java.util.Objects.equals(a.cueAnnotationId(), id)) {
                out.add("the cue of the claim “" + claim + "”'s attribution (the attribution stays)");
            }
        }
        return out;
    }

    private String textOf(Long annotationId) {
        return annotationId == null ? "" : find(annotationId).map(Annotation::text).orElse("?");
    }

    /**
     * Undo of a delete: the same span again (a new id, its annotator's as before) with the attributions, cue links
     * and registry links it had; an attribution whose other span is gone meanwhile is not brought back.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Annotation restore(DeletedSpan deleted) {
        Annotation old = deleted.span();
        requireOpen(old.articleId());
        if (!old.editable()) {
            throw new AccessDeniedException("annotation " + old.id() + " belongs to " + old.annotator());
        }
        String covered = checkDraft(cleanText(old.articleId()), old.draft());
        AnnotationRecord r = dsl.newRecord(ANNOTATION);
        r.setArticleId(old.articleId());
        r.setAnnotatorId(old.annotatorId());
        apply(r, old.draft(), covered);
        r.setFragments(old.fragments());
        r.setCreatedAt(OffsetDateTime.now());
        r.setUpdatedAt(r.getCreatedAt());
        r.setVersion(0);
        long id = annotations.insert(r);
        Annotation back = find(id).orElseThrow();
        audit.record(AuditAction.CREATE, "annotation", id, null, back.draft());
        java.util.function.Function<Long, Long> moved = x -> x == null ? null : x == old.id() ? id : x;
        for (Attribution link : deleted.links()) {
            Long claim = moved.apply(link.claimAnnotationId());
            Long source = moved.apply(link.sourceAnnotationId());
            Long cue = moved.apply(link.cueAnnotationId());
            Long trigger = moved.apply(link.triggerAnnotationId());
            if (java.util.stream.Stream.of(claim, source, cue, trigger)
                    .anyMatch(x -> x != null && x != id && !annotations.spanExists(x))) {
                continue;
            }
            var still = annotations.attribution(link.id());
            if (still.isPresent()) {
                annotations.setCueAndTrigger(link.id(), cue, trigger);
                audit.record(AuditAction.UPDATE, "attribution", link.id(), still.get(), annotations.attribution(link.id()));
            } else if (annotations.attributionOf(claim, source) == null) {
                long again = annotations.insertAttribution(claim, source, cue, trigger, currentUser.actor().id());
                audit.record(AuditAction.CREATE, "attribution", again, null, annotations.attribution(again).orElse(null));
            }
        }
        return back;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Attribution> attributions(long articleId) {
        return dsl.select(ATTRIBUTION.ID, ATTRIBUTION.CLAIM_ANNOTATION_ID, ATTRIBUTION.SOURCE_ANNOTATION_ID,
                        ATTRIBUTION.CUE_ANNOTATION_ID, ATTRIBUTION.VERSION, ATTRIBUTION.TRIGGER_ANNOTATION_ID)
                .from(ATTRIBUTION).join(ANNOTATION).on(ANNOTATION.ID.eq(ATTRIBUTION.CLAIM_ANNOTATION_ID))
                .where(ANNOTATION.ARTICLE_ID.eq(articleId)).orderBy(ATTRIBUTION.ID)
                .fetch(r -> new Attribution(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** Attributes a claim span to a source span (optionally through a cue); replaces the claim's earlier source. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public Attribution attribute(long claimId, long sourceId, Long cueId) {
        Annotation claim = requireEditable(claimId, null);
        Annotation source = find(sourceId).orElseThrow(() -> new IllegalArgumentException("no source span " + sourceId));
        requireKind(claim, LabelKind.CLAIM, "the claim");
        requireKind(source, LabelKind.SOURCE, "the source");
        if (source.articleId() != claim.articleId()) {
            throw new IllegalArgumentException("the source span is in another article");
        }
        if (cueId != null) {
            Annotation cue = find(cueId).orElseThrow(() -> new IllegalArgumentException("no cue span " + cueId));
            requireKind(cue, LabelKind.CUE, "the cue");
            if (cue.articleId() != claim.articleId()) {
                throw new IllegalArgumentException("the cue span is in another article");
            }
        }
        for (Attribution old : annotations.touching(claimId)) {
            if (old.claimAnnotationId() == claimId) {
                annotations.deleteAttribution(old.id());
                audit.record(AuditAction.DELETE, "attribution", old.id(), old, null);
            }
        }
        long id = annotations.insertAttribution(claimId, sourceId, cueId, null, currentUser.id());
        Attribution created = new Attribution(id, claimId, sourceId, cueId, 0, null);
        audit.record(AuditAction.CREATE, "attribution", id, null, created);
        return created;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void removeAttribution(long attributionId) {
        Attribution a = annotations.attribution(attributionId)
                .orElseThrow(() -> new IllegalArgumentException("no attribution " + attributionId));
        requireEditable(a.claimAnnotationId(), null);
        annotations.deleteAttribution(attributionId);
        audit.record(AuditAction.DELETE, "attribution", attributionId, a, null);
    }

    private Annotation requireEditable(long id, Integer baseVersion) {
        Annotation current = find(id).orElseThrow(() ->
                new AnnotationConflictException("this annotation was deleted meanwhile", null));
        if (!current.editable()) {
            throw new AccessDeniedException("annotation " + id + " belongs to " + current.annotator()
                    + ": editors change only their own annotations");
        }
        requireOpen(current.articleId());
        if (baseVersion != null && current.version() != baseVersion) {
            throw new AnnotationConflictException("this annotation was changed meanwhile", current);
        }
        return current;
    }

    /** Whether the current user may see others' layers of the article now (the UI offers the switch only then). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayShowOthers(long articleId) {
        return othersVisible(articleId, currentUser.actor());
    }

    private boolean othersVisible(long articleId, Actor me) {
        return curatorOrCommandLine(me) || !blind || decided(articleId);
    }

    private static boolean curatorOrCommandLine(Actor me) {
        return me.role().includes(Role.CURATOR) || me.id() == null;
    }

    private boolean decided(long articleId) {
        return dsl.select(ARTICLE.STATUS).from(ARTICLE).where(ARTICLE.ID.eq(articleId)).fetchOptional(ARTICLE.STATUS)
                .map(s -> org.corpusdesk.article.ArticleStatus.valueOf(s).isCuratorDecision()).orElse(false);
    }

    /** Approved and rejected articles, and others' assigned ones, are read-only for editors ({@link ArticleAccess}). */
    private void requireOpen(long articleId) {
        access.requireMayChange(articleId);
    }

    private static void requireKind(Annotation a, LabelKind kind, String role) {
        if (a.kind() != kind) {
            throw new IllegalArgumentException(role + " must be a " + kind + " span, not " + a.label());
        }
    }

    private String cleanText(long articleId) {
        return dsl.select(ARTICLE.CLEAN_TEXT).from(ARTICLE).where(ARTICLE.ID.eq(articleId))
                .fetchOptional(ARTICLE.CLEAN_TEXT).orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
    }

    private String checkDraft(String text, AnnotationDraft d) {
        int length = Spans.codePointLength(text);
        if (d.startCp() < 0 || d.endCp() > length || d.endCp() <= d.startCp()) {
            throw new IllegalArgumentException("span " + d.startCp() + "–" + d.endCp() + " lies outside the text (0–"
                    + length + " code points) or is empty");
        }
        Boolean active = dsl.select(LABEL.ACTIVE).from(LABEL).where(LABEL.ID.eq(d.labelId())).fetchOne(LABEL.ACTIVE);
        if (active == null || !active) {
            throw new IllegalArgumentException("label " + d.labelId() + " is not an active label of the schema");
        }
        return Spans.slice(text, d.startCp(), d.endCp());
    }

    private static void apply(AnnotationRecord r, AnnotationDraft d, String covered) {
        r.setLabelId(d.labelId());
        r.setStartCp(d.startCp());
        r.setEndCp(d.endCp());
        r.setCoveredText(covered);
        r.setClaimTypeId(d.claimTypeId());
        r.setFigure(d.figure());
        r.setFigureUnit(d.figureUnit());
        r.setFigureQualifier(d.figureQualifier());
        r.setVerdictId(d.verdictId());
        r.setNote(d.note() == null || d.note().isBlank() ? null : d.note().strip());
        r.setSourceId(d.sourceId());
        r.setClaimId(d.claimId());
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(ANNOTATION.asterisk(), APP_USER.USERNAME, LABEL.NAME, LABEL.KIND, LABEL.COLOUR,
                        REGISTRY_SOURCE.NAME, REGISTRY_CLAIM.STATEMENT)
                .from(ANNOTATION)
                .join(APP_USER).on(APP_USER.ID.eq(ANNOTATION.ANNOTATOR_ID))
                .join(LABEL).on(LABEL.ID.eq(ANNOTATION.LABEL_ID))
                .leftJoin(REGISTRY_SOURCE).on(REGISTRY_SOURCE.ID.eq(ANNOTATION.SOURCE_ID))
                .leftJoin(REGISTRY_CLAIM).on(REGISTRY_CLAIM.ID.eq(ANNOTATION.CLAIM_ID));
    }

    private static Annotation toAnnotation(Record r, Actor me) {
        AnnotationRecord a = r.into(ANNOTATION);
        boolean editable = me.role().includes(Role.CURATOR) || java.util.Objects.equals(me.id(), a.getAnnotatorId());
        return new Annotation(a.getId(), a.getArticleId(), a.getAnnotatorId(), r.get(APP_USER.USERNAME), a.getLabelId(),
                r.get(LABEL.NAME), LabelKind.valueOf(r.get(LABEL.KIND)), r.get(LABEL.COLOUR), a.getStartCp(), a.getEndCp(),
                a.getCoveredText(), a.getClaimTypeId(), a.getFigure(), a.getFigureUnit(), a.getFigureQualifier(),
                a.getVerdictId(), a.getNote(), a.getSourceId(), r.get(REGISTRY_SOURCE.NAME), a.getClaimId(),
                r.get(REGISTRY_CLAIM.STATEMENT), a.getVersion(), editable, a.getFragments());
    }

}

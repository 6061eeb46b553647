package org.corpusdesk.article;

import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ARTICLE_ASSIGNMENT;
import static org.corpusdesk.jooq.Tables.METADATA_REVISION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.jooq.tables.records.ArticleRecord;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading one article and saving its metadata: one revision per changed field, one audit event, and an
 * optimistic lock on the article's version so that a concurrent save is reported, never overwritten.
 */
@Service
public class ArticleEditService {

    private final DSLContext dsl;
    private final ArticleRepository articles;
    private final ArticleAccess access;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    public ArticleEditService(DSLContext dsl, ArticleRepository articles, ArticleAccess access, AuditLog audit,
            CurrentUser currentUser) {
        this.dsl = dsl;
        this.articles = articles;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ArticleDetail> load(long id) {
        var story = ARTICLE.as("story");
        var storySize = DSL.field(DSL.selectCount().from(story).where(story.STORY_CLUSTER.eq(ARTICLE.STORY_CLUSTER)))
                .as("story_size");
        return dsl.select(ARTICLE.asterisk(), APP_USER.USERNAME, storySize)
                .from(ARTICLE).leftJoin(APP_USER).on(APP_USER.ID.eq(ARTICLE.ASSIGNED_TO))
                .where(ARTICLE.ID.eq(id))
                .fetchOptional(r -> {
                    ArticleRecord a = r.into(ARTICLE);
                    List<String> assignees = dsl.select(APP_USER.USERNAME).from(ARTICLE_ASSIGNMENT).join(APP_USER)
                            .on(APP_USER.ID.eq(ARTICLE_ASSIGNMENT.USER_ID)).where(ARTICLE_ASSIGNMENT.ARTICLE_ID.eq(id))
                            .orderBy(ARTICLE_ASSIGNMENT.ASSIGNED_AT, ARTICLE_ASSIGNMENT.USER_ID).fetch(APP_USER.USERNAME);
                    return new ArticleDetail(a.getId(), a.getCleanText(), a.getRawText(), a.getCleaningReport(),
                            metadataOf(a), a.getVersion(), a.getStoryCluster(), r.get(storySize),
                            assignees.isEmpty() ? null : String.join(", ", assignees), a.getImportFile());
                });
    }

    /**
     * Saves the edited metadata if the article is still at {@code baseVersion}; otherwise throws
     * {@link ArticleConflictException} and writes nothing. Returns the article as saved.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public ArticleDetail save(long id, int baseVersion, ArticleMetadata base, ArticleMetadata edited, String reason) {
        ArticleDetail current = load(id).orElseThrow(() -> new IllegalArgumentException("no article " + id));
        edited = settleFlags(base, edited);
        Set<String> mine = base.changedFields(edited);
        checkStatusRights(current.metadata().status(), edited.status());
        if (!mine.isEmpty()) {
            access.requireMayChange(id);
        }
        validate(id, edited);
        if (current.version() != baseVersion) {
            throw ArticleConflictException.between(current, base, mine);
        }
        if (mine.isEmpty()) {
            return current;
        }
        Map<String, String> before = current.metadata().asFields();
        Map<String, String> after = edited.asFields();
        boolean updated = articles.updateMetadata(id, baseVersion, edited, mine.contains("published_on"),
                after.get("flags"));
        if (!updated) { // another transaction committed between our read and this update
            throw ArticleConflictException.between(load(id).orElseThrow(), base, mine);
        }
        Long actorId = currentUser.actor().id();
        Map<String, String> auditBefore = new LinkedHashMap<>();
        Map<String, String> auditAfter = new LinkedHashMap<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (String field : mine) { // the article is still at the base version, so before == base here
            dsl.insertInto(METADATA_REVISION)
                    .set(METADATA_REVISION.ARTICLE_ID, id)
                    .set(METADATA_REVISION.FIELD_NAME, field)
                    .set(METADATA_REVISION.OLD_VALUE, ArticleMetadata.blankToNull(before.get(field)))
                    .set(METADATA_REVISION.NEW_VALUE, ArticleMetadata.blankToNull(after.get(field)))
                    .set(METADATA_REVISION.CHANGED_BY, actorId)
                    .set(METADATA_REVISION.CHANGED_AT, now)
                    .set(METADATA_REVISION.REASON, blank(reason))
                    .execute();
            auditBefore.put(field, before.get(field));
            auditAfter.put(field, after.get(field));
        }
        audit.record(AuditAction.UPDATE, "article", id, auditBefore, auditAfter);
        return load(id).orElseThrow();
    }

    /** Sets only the status (the "mark done" / approve / reject buttons), with the same locking and history. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public ArticleDetail setStatus(long id, int baseVersion, ArticleStatus status) {
        ArticleDetail current = load(id).orElseThrow(() -> new IllegalArgumentException("no article " + id));
        ArticleMetadata m = current.metadata();
        ArticleMetadata edited = new ArticleMetadata(m.title(), m.outlet(), m.author(), m.url(), m.publishedOn(),
                m.language(), m.dateline(), m.creditLine(), m.flags(), status, m.duplicateOf());
        return save(id, baseVersion, m, edited, null);
    }

    /**
     * Curators approve or reject (or reopen) many articles at once from the queue: each one as {@link #setStatus}
     * does it, with its revision and audit event. Returns how many changed.
     */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public int setStatusOfAll(java.util.Collection<Long> ids, ArticleStatus status) {
        int changed = 0;
        for (long id : ids) {
            ArticleDetail a = load(id).orElseThrow(() -> new IllegalArgumentException("no article " + id));
            if (a.metadata().status() != status) {
                setStatus(id, a.version(), status);
                changed++;
            }
        }
        return changed;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MetadataRevision> history(long id) {
        return dsl.select(METADATA_REVISION.ID, METADATA_REVISION.FIELD_NAME, METADATA_REVISION.OLD_VALUE,
                        METADATA_REVISION.NEW_VALUE, APP_USER.USERNAME, METADATA_REVISION.CHANGED_AT, METADATA_REVISION.REASON)
                .from(METADATA_REVISION).leftJoin(APP_USER).on(APP_USER.ID.eq(METADATA_REVISION.CHANGED_BY))
                .where(METADATA_REVISION.ARTICLE_ID.eq(id))
                .orderBy(METADATA_REVISION.ID.desc())
                .fetch(r -> new MetadataRevision(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? "(system)" : r.value5(), r.value6(), r.value7()));
    }

    /** The next article in the queue order after {@code id} under the filter, for "next article". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Long> neighbour(long id, boolean forward, Long assignedTo) {
        var condition = forward ? ARTICLE.ID.gt(id) : ARTICLE.ID.lt(id);
        if (assignedTo != null) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(ARTICLE_ASSIGNMENT)
                    .where(ARTICLE_ASSIGNMENT.ARTICLE_ID.eq(ARTICLE.ID)).and(ARTICLE_ASSIGNMENT.USER_ID.eq(assignedTo))));
        }
        return dsl.select(ARTICLE.ID).from(ARTICLE).where(condition)
                .orderBy(forward ? ARTICLE.ID.asc() : ARTICLE.ID.desc()).limit(1).fetchOptional(ARTICLE.ID);
    }

    /** The statuses the current user may choose for an article that has {@code current} (the UI offers these). */
    @PreAuthorize("isAuthenticated()")
    public List<ArticleStatus> statusChoices(ArticleStatus current) {
        return access.statusesFor(current);
    }

    /** Whether assignment limits editors now (the queue then shows an editor their own assignments first). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean assignmentInUse() {
        return access.assignmentInUse();
    }

    /** Why the current user may not change the article (the UI shows it and disables editing), or null. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String readOnlyReason(long id) {
        return access.refusal(id);
    }

    /** A title entered by hand settles the importer's "needs_title" flag. */
    private static ArticleMetadata settleFlags(ArticleMetadata base, ArticleMetadata edited) {
        boolean titled = edited.title() != null && !edited.title().isBlank()
                && !java.util.Objects.equals(blank(base.title()), blank(edited.title()));
        if (!titled || !edited.flags().contains(ArticleMetadata.NEEDS_TITLE)) {
            return edited;
        }
        Set<String> flags = new java.util.TreeSet<>(edited.flags());
        flags.remove(ArticleMetadata.NEEDS_TITLE);
        return new ArticleMetadata(edited.title(), edited.outlet(), edited.author(), edited.url(), edited.publishedOn(),
                edited.language(), edited.dateline(), edited.creditLine(), flags, edited.status(), edited.duplicateOf());
    }

    private void checkStatusRights(ArticleStatus from, ArticleStatus to) {
        if (from != to && (from.isCuratorDecision() || to.isCuratorDecision()) && !currentUser.has(Role.CURATOR)) {
            throw new AccessDeniedException("only curators approve, reject, or reopen approved and rejected articles");
        }
    }

    private void validate(long id, ArticleMetadata m) {
        if (m.status() == null) {
            throw new IllegalArgumentException("status: required");
        }
        if (m.url() != null && !m.url().isBlank() && !m.url().strip().matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("url: must start with http:// or https://");
        }
        if (m.publishedOn() != null && m.publishedOn().isAfter(LocalDate.now().plusDays(1))) {
            throw new IllegalArgumentException("published date: lies in the future");
        }
        if (m.duplicateOf() != null && (m.duplicateOf() == id || !dsl.fetchExists(ARTICLE, ARTICLE.ID.eq(m.duplicateOf())))) {
            throw new IllegalArgumentException("duplicate of: no other article with id " + m.duplicateOf());
        }
    }

    static ArticleMetadata metadataOf(ArticleRecord a) {
        Set<String> flags = a.getFlags() == null || a.getFlags().isBlank() ? Set.of()
                : Set.copyOf(Arrays.asList(a.getFlags().split(",")));
        return new ArticleMetadata(a.getTitle(), a.getOutlet(), a.getAuthor(), a.getUrl(), a.getPublishedOn(),
                a.getLanguage(), a.getDateline(), a.getCreditLine(), flags, ArticleStatus.valueOf(a.getStatus()),
                a.getDuplicateOf());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

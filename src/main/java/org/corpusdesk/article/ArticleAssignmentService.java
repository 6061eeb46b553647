package org.corpusdesk.article;

import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.ARTICLE;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Curators hand articles to editors; everyone sees progress (editors only their own). */
@Service
public class ArticleAssignmentService {

    private final DSLContext dsl;
    private final ArticleRepository articles;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    public ArticleAssignmentService(DSLContext dsl, ArticleRepository articles, AuditLog audit, CurrentUser currentUser) {
        this.dsl = dsl;
        this.articles = articles;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Assigns the articles to a user (null: unassigns them); returns how many changed. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public int assign(Collection<Long> articleIds, Long userId) {
        if (userId != null && !dsl.fetchExists(APP_USER, APP_USER.ID.eq(userId).and(APP_USER.ENABLED))) {
            throw new IllegalArgumentException("no enabled user with id " + userId);
        }
        Map<Long, Long> before = new HashMap<>();
        dsl.select(ARTICLE.ID, ARTICLE.ASSIGNED_TO).from(ARTICLE).where(ARTICLE.ID.in(articleIds))
                .forUpdate().fetch().forEach(r -> before.put(r.value1(), r.value2()));
        int changed = 0;
        for (var entry : before.entrySet()) {
            if (java.util.Objects.equals(entry.getValue(), userId)) {
                continue;
            }
            articles.assign(entry.getKey(), userId);
            audit.record(AuditAction.UPDATE, "article", entry.getKey(), assignment(entry.getValue()), assignment(userId));
            changed++;
        }
        return changed;
    }

    /** Per user with assigned articles: how many, and how many are done (done or approved). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EditorProgress> progress() {
        var done = DSL.count().filterWhere(ARTICLE.STATUS.in("DONE", "APPROVED"));
        var query = dsl.select(APP_USER.ID, APP_USER.USERNAME, DSL.count(), done)
                .from(ARTICLE).join(APP_USER).on(APP_USER.ID.eq(ARTICLE.ASSIGNED_TO));
        var scoped = currentUser.has(Role.CURATOR) ? query.where(DSL.noCondition())
                : query.where(APP_USER.ID.eq(currentUser.id()));
        return scoped.groupBy(APP_USER.ID, APP_USER.USERNAME).orderBy(APP_USER.USERNAME)
                .fetch(r -> new EditorProgress(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static Map<String, Object> assignment(Long userId) {
        Map<String, Object> m = new HashMap<>();
        m.put("assignedTo", userId);
        return m;
    }
}

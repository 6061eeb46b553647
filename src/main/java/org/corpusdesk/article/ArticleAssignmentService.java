package org.corpusdesk.article;

import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ARTICLE_ASSIGNMENT;

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

/**
 * Curators hand articles to editors, one or several per article (double annotation); everyone sees progress (editors
 * only their own).
 */
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

    /** Makes the user the articles' only assignee (null: unassigns them); returns how many changed. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public int assign(Collection<Long> articleIds, Long userId) {
        if (userId != null) {
            requireAssignable(List.of(userId));
        }
        return changeEach(articleIds, (id, before) -> {
            if (userId == null ? before.isEmpty() : before.equals(List.of(userId))) {
                return false;
            }
            articles.assign(id, userId);
            return true;
        });
    }

    /** Adds the user to each article's assignees (double annotation by hand); returns how many articles changed. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public int addAssignee(Collection<Long> articleIds, long userId) {
        requireAssignable(List.of(userId));
        return changeEach(articleIds, (id, before) -> articles.addAssignee(id, userId));
    }

    /** Takes the user off each article's assignees; returns how many articles changed. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public int removeAssignee(Collection<Long> articleIds, long userId) {
        return changeEach(articleIds, (id, before) -> articles.removeAssignee(id, userId));
    }

    /** Applies the change to each article (locked), auditing the assignees before and after where it changed any. */
    private int changeEach(Collection<Long> articleIds, java.util.function.BiPredicate<Long, List<Long>> change) {
        int changed = 0;
        for (long id : lockedIds(articleIds)) {
            List<Long> before = articles.assignees(id);
            if (change.test(id, before)) {
                audit.record(AuditAction.UPDATE, "article", id, assignment(before), assignment(articles.assignees(id)));
                changed++;
            }
        }
        return changed;
    }

    /**
     * Shares the articles among the editors so that each article has {@code plan.each()} assignees, and a sample of
     * {@code plan.extraPercent()}% of them (drawn with the plan's seed) one more: "assign N editors each" and
     * "double-annotate X% of the selection". Assignees an article already has count; each new one is the editor with
     * the fewest assignments so far (over all articles), so the load stays even.
     */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public DistributionResult distribute(Collection<Long> articleIds, List<Long> editorIds, DistributionPlan plan) {
        requireAssignable(editorIds);
        List<Long> ids = lockedIds(articleIds);
        if (plan.each() + (plan.extraPercent() > 0 ? 1 : 0) > editorIds.size()) {
            throw new IllegalArgumentException((plan.each() + (plan.extraPercent() > 0 ? 1 : 0))
                    + " editors per article need at least as many editors; " + editorIds.size() + " given");
        }
        java.util.Set<Long> extra = new java.util.HashSet<>();
        List<Long> shuffled = new java.util.ArrayList<>(ids);
        java.util.Collections.shuffle(shuffled, new java.util.Random(plan.seed()));
        int extras = (int) Math.round(ids.size() * plan.extraPercent() / 100.0);
        extra.addAll(shuffled.subList(0, extras));
        Map<Long, Integer> load = new HashMap<>();
        editorIds.forEach(e -> load.put(e, 0));
        dsl.select(ARTICLE_ASSIGNMENT.USER_ID, DSL.count()).from(ARTICLE_ASSIGNMENT)
                .where(ARTICLE_ASSIGNMENT.USER_ID.in(editorIds)).groupBy(ARTICLE_ASSIGNMENT.USER_ID)
                .fetch().forEach(r -> load.put(r.value1(), r.value2()));
        Map<Long, String> names = dsl.select(APP_USER.ID, APP_USER.USERNAME).from(APP_USER)
                .where(APP_USER.ID.in(editorIds)).fetchMap(APP_USER.ID, APP_USER.USERNAME);
        Map<String, Integer> added = new java.util.TreeMap<>();
        int changedArticles = 0;
        for (long id : ids) {
            List<Long> before = articles.assignees(id);
            int want = plan.each() + (extra.contains(id) ? 1 : 0);
            List<Long> now = new java.util.ArrayList<>(before);
            while (now.size() < want) {
                Long next = editorIds.stream().filter(e -> !now.contains(e))
                        .min(java.util.Comparator.comparingInt(load::get)).orElse(null);
                if (next == null) {
                    break;
                }
                articles.addAssignee(id, next);
                now.add(next);
                load.merge(next, 1, Integer::sum);
                added.merge(names.get(next), 1, Integer::sum);
            }
            if (now.size() > before.size()) {
                audit.record(AuditAction.UPDATE, "article", id, assignment(before), assignment(now));
                changedArticles++;
            }
        }
        return new DistributionResult(ids.size(), changedArticles, extras, added);
    }

    private List<Long> lockedIds(Collection<Long> articleIds) {
        List<Long> ids = new java.util.ArrayList<>();
        for (List<Long> chunk : chunks(articleIds)) {
            ids.addAll(dsl.select(ARTICLE.ID).from(ARTICLE).where(ARTICLE.ID.in(chunk)).forUpdate().fetch(ARTICLE.ID));
        }
        java.util.Collections.sort(ids);
        return ids;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            out.add(all.subList(i, Math.min(all.size(), i + 1000)));
        }
        return out;
    }

    private void requireAssignable(List<Long> userIds) {
        for (long userId : userIds) {
            if (!dsl.fetchExists(APP_USER, APP_USER.ID.eq(userId).and(APP_USER.ENABLED).and(APP_USER.GOLD_LAYER.isFalse()))) {
                throw new IllegalArgumentException("no enabled user with id " + userId);
            }
        }
    }

    /** Per user with assigned articles: how many, and how many are done (done, curated or approved). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<EditorProgress> progress() {
        var done = DSL.count().filterWhere(ARTICLE_ASSIGNMENT.STATUS.in("DONE", "CURATED", "APPROVED"));
        var query = dsl.select(APP_USER.ID, APP_USER.USERNAME, DSL.count(), done)
                .from(ARTICLE_ASSIGNMENT).join(APP_USER).on(APP_USER.ID.eq(ARTICLE_ASSIGNMENT.USER_ID));
        var scoped = currentUser.has(Role.CURATOR) ? query.where(DSL.noCondition())
                : query.where(APP_USER.ID.eq(currentUser.id()));
        return scoped.groupBy(APP_USER.ID, APP_USER.USERNAME).orderBy(APP_USER.USERNAME)
                .fetch(r -> new EditorProgress(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static Map<String, Object> assignment(List<Long> userIds) {
        Map<String, Object> m = new HashMap<>();
        m.put("assignedTo", userIds);
        return m;
    }
}

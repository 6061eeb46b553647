package org.corpusdesk.article;

import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ARTICLE_ASSIGNMENT;

import java.util.List;
import java.util.Locale;
import org.corpusdesk.user.Actor;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change an article's annotations and metadata, decided here for every service that changes them (the UI
 * only mirrors it): curated, approved and rejected articles are read-only for editors until a curator reopens them; and
 * while assignment is in use, an editor changes only the articles assigned to them (alone or with others). Assignment is in use as the
 * property {@code corpusdesk.workflow.assignment-required} says: {@code auto} (the default) once any article is
 * assigned, {@code on} always, {@code off} never.
 */
@Component
public class ArticleAccess {

    /** When assignment limits editors. */
    public enum AssignmentRule { AUTO, ON, OFF }

    private static final List<ArticleStatus> EDITOR_STATUSES = List.of(ArticleStatus.NEW, ArticleStatus.IN_PROGRESS,
            ArticleStatus.DONE);

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    private final AssignmentRule rule;

    public ArticleAccess(DSLContext dsl, CurrentUser currentUser,
            @Value("${corpusdesk.workflow.assignment-required:auto}") String rule) {
        this.dsl = dsl;
        this.currentUser = currentUser;
        this.rule = AssignmentRule.valueOf(rule.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether assignment limits editors now. */
    public boolean assignmentInUse() {
        return switch (rule) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> dsl.fetchExists(ARTICLE_ASSIGNMENT);
        };
    }

    /** Throws unless the current user may change the article's annotations and metadata. */
    public void requireMayChange(long articleId) {
        String refusal = refusal(articleId);
        if (refusal != null) {
            throw new AccessDeniedException(refusal);
        }
    }

    /** Why the current user may not change the article, or null when they may. */
    public String refusal(long articleId) {
        Actor me = currentUser.actor();
        if (me.role().includes(Role.CURATOR)) {
            return null;
        }
        var row = dsl.select(ARTICLE.STATUS, DSL.field(DSL.exists(DSL.selectOne().from(ARTICLE_ASSIGNMENT)
                        .where(ARTICLE_ASSIGNMENT.ARTICLE_ID.eq(ARTICLE.ID)).and(ARTICLE_ASSIGNMENT.USER_ID.eq(me.id())))))
                .from(ARTICLE).where(ARTICLE.ID.eq(articleId))
                .fetchOptional().orElseThrow(() -> new IllegalArgumentException("no article " + articleId));
        ArticleStatus status = ArticleStatus.valueOf(row.value1());
        if (status.isCuratorDecision()) {
            return "article " + articleId + " is " + status.name().toLowerCase(Locale.ROOT)
                    + ": read-only for editors until a curator reopens it";
        }
        if (!Boolean.TRUE.equals(row.value2()) && assignmentInUse()) {
            return "article " + articleId + " is not assigned to you: editors change only their assigned articles";
        }
        return null;
    }

    /**
     * The statuses the current user may give an article that has {@code current}: curators any; editors the
     * working states, and nothing but the present one of an approved or rejected article.
     */
    public List<ArticleStatus> statusesFor(ArticleStatus current) {
        if (currentUser.has(Role.CURATOR)) {
            return List.of(ArticleStatus.values());
        }
        return current.isCuratorDecision() ? List.of(current) : EDITOR_STATUSES;
    }
}

package org.corpusdesk.comment;

import java.time.OffsetDateTime;
import java.util.List;
import org.corpusdesk.annotation.Annotation;
import org.corpusdesk.annotation.AnnotationService;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion of an article and its spans. Everybody who reviews may comment, on any article (a question about an
 * approved one too); the author or a curator resolves a comment, or opens it again. Every change is audited.
 */
@Service
public class CommentService {

    static final int MAX_BODY = 10_000;

    private final CommentRepository comments;
    private final AnnotationService annotations;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    public CommentService(CommentRepository comments, AnnotationService annotations, AuditLog audit,
            CurrentUser currentUser) {
        this.comments = comments;
        this.annotations = annotations;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ArticleComment> forArticle(long articleId) {
        return comments.forArticle(articleId);
    }

    /** Adds a comment to the article, about one of its spans when {@code annotationId} is given. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public ArticleComment add(long articleId, Long annotationId, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("comment: write something first");
        }
        if (text.length() > MAX_BODY) {
            throw new IllegalArgumentException("comment: at most " + MAX_BODY + " characters");
        }
        String quote = null;
        if (annotationId != null) {
            Annotation span = annotations.find(annotationId)
                    .orElseThrow(() -> new IllegalArgumentException("no span " + annotationId));
            if (span.articleId() != articleId) {
                throw new IllegalArgumentException("span " + annotationId + " is in another article");
            }
            quote = span.text().length() > 2000 ? span.text().substring(0, 1999) + "…" : span.text();
        }
        long id = comments.insert(null, articleId, annotationId, quote, currentUser.actor().id(), text, OffsetDateTime.now(),
                null, null);
        ArticleComment added = comments.find(id).orElseThrow();
        audit.record(AuditAction.CREATE, "comment", id, null, added);
        return added;
    }

    /** Resolves the comment ({@code resolved}) or opens it again: its author or a curator. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public ArticleComment setResolved(long id, boolean resolved) {
        ArticleComment before = comments.find(id).orElseThrow(() -> new IllegalArgumentException("no comment " + id));
        if (!currentUser.has(Role.CURATOR) && !java.util.Objects.equals(before.authorId(), currentUser.actor().id())) {
            throw new AccessDeniedException("only its author or a curator resolves a comment");
        }
        comments.resolve(id, resolved ? currentUser.actor().id() : null);
        ArticleComment after = comments.find(id).orElseThrow();
        audit.record(AuditAction.UPDATE, "comment", id, before, after);
        return after;
    }
}

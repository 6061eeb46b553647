package org.corpusdesk.comment;

import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.ARTICLE_COMMENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** The one writer of article comments. Callers own the transaction and decide who may write. */
@Repository
public class CommentRepository {

    private static final org.corpusdesk.jooq.tables.AppUser RESOLVER = APP_USER.as("resolver");

    private final DSLContext dsl;

    public CommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a comment, keeping {@code id} when it is given and free (an import's); returns its id. */
    public long insert(Long id, long articleId, Long annotationId, String quote, Long authorId, String body,
            OffsetDateTime createdAt, OffsetDateTime resolvedAt, Long resolvedBy) {
        var insert = dsl.insertInto(ARTICLE_COMMENT).set(ARTICLE_COMMENT.ARTICLE_ID, articleId)
                .set(ARTICLE_COMMENT.ANNOTATION_ID, annotationId).set(ARTICLE_COMMENT.QUOTE, quote)
                .set(ARTICLE_COMMENT.AUTHOR_ID, authorId).set(ARTICLE_COMMENT.BODY, body)
                .set(ARTICLE_COMMENT.CREATED_AT, createdAt).set(ARTICLE_COMMENT.RESOLVED_AT, resolvedAt)
                .set(ARTICLE_COMMENT.RESOLVED_BY, resolvedBy);
        if (id != null && !dsl.fetchExists(ARTICLE_COMMENT, ARTICLE_COMMENT.ID.eq(id))) {
            insert = insert.set(ARTICLE_COMMENT.ID, id);
        }
        return insert.returning(ARTICLE_COMMENT.ID).fetchSingle().getId();
    }

    /** Marks it resolved by {@code userId} now, or open again when {@code userId} is null. */
    public void resolve(long id, Long userId) {
        dsl.update(ARTICLE_COMMENT).set(ARTICLE_COMMENT.RESOLVED_AT, userId == null ? null : OffsetDateTime.now())
                .set(ARTICLE_COMMENT.RESOLVED_BY, userId).where(ARTICLE_COMMENT.ID.eq(id)).execute();
    }

    public List<ArticleComment> forArticle(long articleId) {
        return select().where(ARTICLE_COMMENT.ARTICLE_ID.eq(articleId))
                .orderBy(ARTICLE_COMMENT.CREATED_AT, ARTICLE_COMMENT.ID).fetch(CommentRepository::comment);
    }

    public Optional<ArticleComment> find(long id) {
        return select().where(ARTICLE_COMMENT.ID.eq(id)).fetchOptional(CommentRepository::comment);
    }

    /** Every comment of these articles, by article and time (an export's). */
    public List<ArticleComment> forArticles(java.util.Collection<Long> articleIds) {
        return select().where(ARTICLE_COMMENT.ARTICLE_ID.in(articleIds))
                .orderBy(ARTICLE_COMMENT.ARTICLE_ID, ARTICLE_COMMENT.CREATED_AT, ARTICLE_COMMENT.ID)
                .fetch(CommentRepository::comment);
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(ARTICLE_COMMENT.asterisk(), APP_USER.USERNAME, RESOLVER.USERNAME)
                .from(ARTICLE_COMMENT)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(ARTICLE_COMMENT.AUTHOR_ID))
                .leftJoin(RESOLVER).on(RESOLVER.ID.eq(ARTICLE_COMMENT.RESOLVED_BY));
    }

    private static ArticleComment comment(Record r) {
        return new ArticleComment(r.get(ARTICLE_COMMENT.ID), r.get(ARTICLE_COMMENT.ARTICLE_ID),
                r.get(ARTICLE_COMMENT.ANNOTATION_ID), r.get(ARTICLE_COMMENT.QUOTE), r.get(ARTICLE_COMMENT.AUTHOR_ID),
                r.get(APP_USER.USERNAME), r.get(ARTICLE_COMMENT.BODY), r.get(ARTICLE_COMMENT.CREATED_AT),
                r.get(ARTICLE_COMMENT.RESOLVED_AT), r.get(RESOLVER.USERNAME));
    }
}

package org.corpusdesk.article;

import static org.corpusdesk.jooq.Tables.ANNOTATION;
import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ARTICLE_ASSIGNMENT;
import static org.corpusdesk.jooq.Tables.ARTICLE_COMMENT;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.corpusdesk.search.ArticleSearchIndex;
import org.jooq.Condition;
import org.springframework.beans.factory.ObjectProvider;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review queue, one page at a time from the database: the UI never loads all rows. */
@Service
@Transactional(readOnly = true)
public class ArticleQueueService {

    static final int MAX_SEARCH_HITS = 10_000;

    private final DSLContext dsl;
    private final ObjectProvider<ArticleSearchIndex> search;

    public ArticleQueueService(DSLContext dsl, ObjectProvider<ArticleSearchIndex> search) {
        this.dsl = dsl;
        this.search = search;
    }

    public int count() {
        return dsl.fetchCount(ARTICLE);
    }

    public int count(QueueFilter filter) {
        if (byAssignmentsAlone(filter)) {
            // an editor's queue by status: their assignments' index alone counts it (each has its article and status)
            return dsl.fetchCount(ARTICLE_ASSIGNMENT, ARTICLE_ASSIGNMENT.USER_ID.eq(filter.assignedTo())
                    .and(filter.statuses() == null || filter.statuses().isEmpty() ? DSL.noCondition()
                            : ARTICLE_ASSIGNMENT.STATUS.in(filter.statuses())));
        }
        return dsl.fetchCount(source(filter), condition(filter));
    }

    /** Every article id under the filter, in id order: the selection of a bulk change. */
    public List<Long> ids(QueueFilter filter) {
        return dsl.select(ARTICLE.ID).from(source(filter)).where(condition(filter)).orderBy(ARTICLE.ID).fetch(ARTICLE.ID);
    }

    /** Articles per status under the filter (its own status filter ignored), for the queue's status counts. */
    public Map<String, Integer> countsByStatus(QueueFilter filter) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String status : ArticleStatus.NAMES) {
            counts.put(status, 0);
        }
        QueueFilter any = filter.withStatuses(null);
        if (byAssignmentsAlone(any)) {
            dsl.select(ARTICLE_ASSIGNMENT.STATUS, DSL.count()).from(ARTICLE_ASSIGNMENT)
                    .where(ARTICLE_ASSIGNMENT.USER_ID.eq(filter.assignedTo())).groupBy(ARTICLE_ASSIGNMENT.STATUS)
                    .fetch().forEach(r -> counts.put(r.value1(), r.value2()));
            return counts;
        }
        dsl.select(ARTICLE.STATUS, DSL.count()).from(source(any)).where(condition(any))
                .groupBy(ARTICLE.STATUS).fetch().forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    public List<ArticleSummary> page(int offset, int limit, QueueSort sort, boolean ascending) {
        return page(QueueFilter.ALL, offset, limit, sort, ascending);
    }

    /**
     * One page, in two steps: the page's ids first, from the sort's index alone, then those rows. Selected in one
     * step, every row skipped over by the offset would be read whole (575 ms at offset 50,000 of 1M). Story sizes
     * are counted afterwards for the page's clusters only: as a column of the main query the database would count
     * them for every row it sorts.
     */
    public List<ArticleSummary> page(QueueFilter filter, int offset, int limit, QueueSort sort, boolean ascending) {
        List<Long> ids = dsl.select(ARTICLE.ID).from(ARTICLE)
                .where(pageCondition(filter))
                .orderBy(order(sort, ascending), ARTICLE.ID.asc())
                .limit(limit).offset(offset)
                .fetch(ARTICLE.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.OUTLET, ARTICLE.LANGUAGE, ARTICLE.STATUS,
                        ARTICLE.STORY_CLUSTER, ARTICLE.CLEAN_CP_LENGTH, ARTICLE.IMPORT_FILE, APP_USER.USERNAME,
                        ARTICLE.ANNOTATION_COUNT)
                .from(ARTICLE)
                .leftJoin(APP_USER).on(APP_USER.ID.eq(ARTICLE.ASSIGNED_TO))
                .where(ARTICLE.ID.in(ids))
                .fetchMap(ARTICLE.ID);
        Set<Long> clusters = new HashSet<>();
        rows.values().forEach(r -> clusters.add(r.value6()));
        Map<Long, Integer> open = new HashMap<>();
        dsl.select(ARTICLE_COMMENT.ARTICLE_ID, DSL.count()).from(ARTICLE_COMMENT).where(ARTICLE_COMMENT.ARTICLE_ID.in(ids))
                .and(ARTICLE_COMMENT.RESOLVED_AT.isNull()).groupBy(ARTICLE_COMMENT.ARTICLE_ID)
                .fetch().forEach(r -> open.put(r.value1(), r.value2()));
        Map<Long, String> assignees = new HashMap<>();
        dsl.select(ARTICLE_ASSIGNMENT.ARTICLE_ID, APP_USER.USERNAME).from(ARTICLE_ASSIGNMENT).join(APP_USER)
                .on(APP_USER.ID.eq(ARTICLE_ASSIGNMENT.USER_ID)).where(ARTICLE_ASSIGNMENT.ARTICLE_ID.in(ids))
                .orderBy(ARTICLE_ASSIGNMENT.ASSIGNED_AT, ARTICLE_ASSIGNMENT.USER_ID)
                .forEach(r -> assignees.merge(r.value1(), r.value2(), (a, b) -> a + ", " + b));
        Map<Long, Integer> sizes = new HashMap<>();
        dsl.select(ARTICLE.STORY_CLUSTER, DSL.count()).from(ARTICLE).where(ARTICLE.STORY_CLUSTER.in(clusters))
                .groupBy(ARTICLE.STORY_CLUSTER).fetch().forEach(r -> sizes.put(r.value1(), r.value2()));
        return ids.stream().map(rows::get).filter(java.util.Objects::nonNull)
                .map(r -> new ArticleSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        sizes.getOrDefault(r.value6(), 1), r.value7(), r.value8(), assignees.getOrDefault(r.value1(), r.value9()),
                        r.value10(),
                        open.getOrDefault(r.value1(), 0)))
                .toList();
    }

    /** Whether the filter is one editor's assignments, with or without statuses, and nothing else. */
    private boolean byAssignmentsAlone(QueueFilter f) {
        return f.assignedTo() != null && condition(f.withStatuses(null)).equals(DSL.noCondition());
    }

    /**
     * For counts: the articles, joined to one editor's assignments when the filter asks for them (one row each: the
     * assignment's key is article and user), so the count walks that editor's assignments. As {@code id IN (their
     * article ids)} H2 2.5.252 fails once an editor has some 100,000.
     */
    private static org.jooq.Table<?> source(QueueFilter f) {
        return f.assignedTo() == null ? ARTICLE : ARTICLE.join(ARTICLE_ASSIGNMENT)
                .on(ARTICLE_ASSIGNMENT.ARTICLE_ID.eq(ARTICLE.ID)).and(ARTICLE_ASSIGNMENT.USER_ID.eq(f.assignedTo()));
    }

    /**
     * For a page: the filter's conditions, and one editor's assignments as a probe per article, so that the database
     * walks the sort's index and stops after a page (joined, it would sort all of the editor's articles first).
     */
    private Condition pageCondition(QueueFilter f) {
        if (f.assignedTo() == null) {
            return condition(f);
        }
        // the statuses are asked of the assignment (it carries its article's): with them on the article, H2 would walk
        // the status index and sort every match
        Condition statuses = f.statuses() == null || f.statuses().isEmpty() ? DSL.noCondition()
                : ARTICLE_ASSIGNMENT.STATUS.in(f.statuses());
        return condition(f.withStatuses(null)).and(DSL.exists(DSL.selectOne().from(ARTICLE_ASSIGNMENT)
                .where(ARTICLE_ASSIGNMENT.ARTICLE_ID.eq(ARTICLE.ID)).and(ARTICLE_ASSIGNMENT.USER_ID.eq(f.assignedTo()))
                .and(statuses)));
    }

    private Condition condition(QueueFilter f) {
        Condition c = DSL.noCondition();
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            c = c.and(ARTICLE.STATUS.in(f.statuses()));
        }
        if (f.outlet() != null && !f.outlet().isBlank()) {
            c = c.and(ARTICLE.OUTLET.eq(f.outlet()));
        }
        if (f.language() != null && !f.language().isBlank()) {
            c = c.and(ARTICLE.LANGUAGE.eq(f.language()));
        }
        if (f.storyCluster() != null) {
            c = c.and(ARTICLE.STORY_CLUSTER.eq(f.storyCluster()));
        }
        if (f.openComments() != null) {
            Condition open = DSL.exists(DSL.selectOne().from(ARTICLE_COMMENT)
                    .where(ARTICLE_COMMENT.ARTICLE_ID.eq(ARTICLE.ID)).and(ARTICLE_COMMENT.RESOLVED_AT.isNull()));
            c = c.and(f.openComments() ? open : DSL.not(open));
        }
        if (f.hasAnnotations() != null) {
            // with a language, the stored count's index (V10) answers; alone, EXISTS over the annotation index
            // measured faster than reading annotation_count from every row (docs/benchmarks.md)
            boolean byLanguage = f.language() != null && !f.language().isBlank();
            // (bounded on both sides: with "> 0" alone H2 scans the whole language's range of the index)
            Condition any = byLanguage ? ARTICLE.ANNOTATION_COUNT.between(1, Integer.MAX_VALUE)
                    : DSL.exists(DSL.selectOne().from(ANNOTATION).where(ANNOTATION.ARTICLE_ID.eq(ARTICLE.ID)));
            Condition none = byLanguage ? ARTICLE.ANNOTATION_COUNT.eq(0) : DSL.not(any);
            c = c.and(f.hasAnnotations() ? any : none);
        }
        if (f.text() != null && !f.text().isBlank()) {
            ArticleSearchIndex index = search.getIfAvailable();
            List<Long> ids = index != null && index.ready() ? index.matching(f.text(), MAX_SEARCH_HITS) : null;
            if (ids != null) {
                c = c.and(ARTICLE.ID.in(ids));
            } else { // no index in this process (commands), or it is still reading the corpus: scan
                c = c.and(ARTICLE.TITLE.containsIgnoreCase(f.text().strip())
                        .or(ARTICLE.CLEAN_TEXT.containsIgnoreCase(f.text().strip())));
            }
        }
        return c;
    }

    private static SortField<?> order(QueueSort sort, boolean ascending) {
        Field<?> field = switch (sort == null ? QueueSort.ID : sort) {
            case ID -> ARTICLE.ID;
            case TITLE -> ARTICLE.TITLE;
            case OUTLET -> ARTICLE.OUTLET;
            case LANGUAGE -> ARTICLE.LANGUAGE;
            case STATUS -> ARTICLE.STATUS;
            case STORY_CLUSTER -> ARTICLE.STORY_CLUSTER;
            case PUBLISHED -> ARTICLE.PUBLISHED_ON;
        };
        // the database's own NULL order, so that an index on the column can serve the sort
        return ascending ? field.asc() : field.desc();
    }
}

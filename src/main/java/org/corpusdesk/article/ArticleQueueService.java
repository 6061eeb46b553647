package org.corpusdesk.article;

import static org.corpusdesk.jooq.Tables.ARTICLE;

import java.util.List;
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

    private final DSLContext dsl;

    public ArticleQueueService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int count() {
        return dsl.fetchCount(ARTICLE);
    }

    public List<ArticleSummary> page(int offset, int limit, QueueSort sort, boolean ascending) {
        var story = ARTICLE.as("story");
        Field<Integer> storySize = DSL.field(DSL.selectCount().from(story)
                .where(story.STORY_CLUSTER.eq(ARTICLE.STORY_CLUSTER)));
        return dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.OUTLET, ARTICLE.LANGUAGE, ARTICLE.STATUS,
                        ARTICLE.STORY_CLUSTER, storySize, ARTICLE.CLEAN_CP_LENGTH, ARTICLE.IMPORT_FILE)
                .from(ARTICLE)
                .orderBy(order(sort, ascending), ARTICLE.ID.asc())
                .limit(limit).offset(offset)
                .fetch(r -> new ArticleSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    private static SortField<?> order(QueueSort sort, boolean ascending) {
        Field<?> field = switch (sort == null ? QueueSort.ID : sort) {
            case ID -> ARTICLE.ID;
            case TITLE -> ARTICLE.TITLE;
            case OUTLET -> ARTICLE.OUTLET;
            case LANGUAGE -> ARTICLE.LANGUAGE;
            case STATUS -> ARTICLE.STATUS;
            case STORY_CLUSTER -> ARTICLE.STORY_CLUSTER;
        };
        return ascending ? field.asc().nullsLast() : field.desc().nullsLast();
    }
}

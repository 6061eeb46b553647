package org.corpusdesk.export;

import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ANNOTATION;
import static org.corpusdesk.jooq.Tables.ATTRIBUTION;
import static org.corpusdesk.jooq.Tables.CLAIM_TYPE;
import static org.corpusdesk.jooq.Tables.LABEL;
import static org.corpusdesk.jooq.Tables.VERDICT;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Streams the selected articles with their spans and relations in article id order, in constant memory: two
 * cursors (articles; annotations with their attributions), each read in the order of an index, merged here. The small
 * lookup tables (labels, users, claim types, verdicts) are read once instead of joined, so the database never
 * sorts the annotation table.
 */
@Repository
public class DatasetReader {

    private static final int FETCH = 1_000;

    private final DSLContext dsl;

    public DatasetReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Story clusters of the selected articles with their sizes and first outlet, for the split. */
    public List<SplitAssigner.Cluster> clusters(ExportStatus status) {
        return dsl.select(ARTICLE.STORY_CLUSTER, DSL.count(), DSL.min(ARTICLE.OUTLET)).from(ARTICLE)
                .where(ARTICLE.STATUS.in(status.statuses()))
                .groupBy(ARTICLE.STORY_CLUSTER).orderBy(ARTICLE.STORY_CLUSTER)
                .fetch(r -> new SplitAssigner.Cluster(r.value1(), r.value2(), r.value3()));
    }

    public void stream(ExportRequest request, Long2IntOpenHashMap splits, Consumer<DatasetArticle> sink) {
        Lookups lookups = new Lookups();
        boolean h2 = dsl.dialect().family() == org.jooq.SQLDialect.H2;
        if (h2) { // otherwise H2 computes each whole result first, spilling it to temporary files
            dsl.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        try {
            stream(request, splits, sink, lookups);
        } finally {
            if (h2) {
                dsl.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    private void stream(ExportRequest request, Long2IntOpenHashMap splits, Consumer<DatasetArticle> sink, Lookups lookups) {
        Set<String> statuses = Set.copyOf(request.status().statuses());
        Set<String> labels = new HashSet<>();
        request.labels().forEach(l -> labels.add(l.toUpperCase(Locale.ROOT)));
        try (Cursor<? extends Record> articles = dsl.select(ARTICLE.ID, ARTICLE.TITLE, ARTICLE.OUTLET, ARTICLE.AUTHOR,
                        ARTICLE.URL, ARTICLE.PUBLISHED_ON, ARTICLE.PUBLISHED_PRECISION, ARTICLE.LANGUAGE,
                        ARTICLE.DATELINE, ARTICLE.CREDIT_LINE, ARTICLE.FLAGS, ARTICLE.STATUS, ARTICLE.STORY_CLUSTER,
                        ARTICLE.DUPLICATE_OF, ARTICLE.CONTENT_HASH, ARTICLE.CLEAN_TEXT)
                .from(ARTICLE).orderBy(ARTICLE.ID).fetchSize(FETCH).fetchLazy();
             // spans with their attributions (a claim span repeats once per source it is attributed to), ordered by
             // article only: H2 then streams straight from the article_id index instead of sorting the table
             Cursor<? extends Record> spans = dsl.select(ANNOTATION.ID, ANNOTATION.ARTICLE_ID, ANNOTATION.ANNOTATOR_ID,
                        ANNOTATION.LABEL_ID, ANNOTATION.START_CP, ANNOTATION.END_CP, ANNOTATION.COVERED_TEXT,
                        ANNOTATION.CLAIM_TYPE_ID, ANNOTATION.FIGURE, ANNOTATION.FIGURE_UNIT,
                        ANNOTATION.FIGURE_QUALIFIER, ANNOTATION.VERDICT_ID, ANNOTATION.NOTE, ANNOTATION.SOURCE_ID,
                        ANNOTATION.CLAIM_ID, ANNOTATION.FRAGMENTS, ANNOTATION.ATTRIBUTES, ATTRIBUTION.ID,
                        ATTRIBUTION.SOURCE_ANNOTATION_ID, ATTRIBUTION.CUE_ANNOTATION_ID, ATTRIBUTION.TRIGGER_ANNOTATION_ID)
                .from(ANNOTATION)
                .leftJoin(ATTRIBUTION).on(ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(ANNOTATION.ID))
                .orderBy(ANNOTATION.ARTICLE_ID).fetchSize(FETCH).fetchLazy()) {
            Merge spanRows = new Merge(spans, r -> r.get(ANNOTATION.ARTICLE_ID));
            while (articles.hasNext()) {
                Record a = articles.fetchNext();
                long id = a.get(ARTICLE.ID);
                List<Record> rows = spanRows.take(id);
                if (!statuses.contains(a.get(ARTICLE.STATUS))) {
                    continue;
                }
                Map<Long, Record> unique = new java.util.LinkedHashMap<>();
                rows.forEach(r -> unique.putIfAbsent(r.get(ANNOTATION.ID), r));
                List<Record> articleRelations = rows.stream()
                        .filter(r -> r.get(ATTRIBUTION.ID) != null).toList();
                List<DatasetSpan> chosen = choose(List.copyOf(unique.values()), request, labels, lookups);
                String split = splits == null ? null : SplitRatios.NAMES.get(splits.get(a.get(ARTICLE.STORY_CLUSTER)));
                // two or more annotators' layers (whatever layer is exported): the card reports their agreement
                boolean severalLayers = unique.values().stream().filter(r -> !lookups.user(r).gold)
                        .map(r -> r.get(ANNOTATION.ANNOTATOR_ID)).distinct().limit(2).count() > 1;
                boolean curated = unique.values().stream().anyMatch(r -> lookups.user(r).gold);
                sink.accept(article(a, split, chosen, relations(articleRelations, chosen), severalLayers, curated));
            }
        }
    }

    private static DatasetArticle article(Record a, String split, List<DatasetSpan> spans, List<DatasetRelation> rels,
            boolean severalLayers, boolean curated) {
        String flags = a.get(ARTICLE.FLAGS);
        return new DatasetArticle(a.get(ARTICLE.ID), a.get(ARTICLE.TITLE), a.get(ARTICLE.OUTLET), a.get(ARTICLE.AUTHOR),
                a.get(ARTICLE.URL), a.get(ARTICLE.PUBLISHED_ON) == null ? null : a.get(ARTICLE.PUBLISHED_ON).toString(),
                a.get(ARTICLE.PUBLISHED_PRECISION), a.get(ARTICLE.LANGUAGE), a.get(ARTICLE.DATELINE),
                a.get(ARTICLE.CREDIT_LINE), flags == null || flags.isBlank() ? List.of()
                        : Arrays.stream(flags.split(",")).map(String::strip).filter(f -> !f.isEmpty()).sorted().toList(),
                a.get(ARTICLE.STATUS).toLowerCase(Locale.ROOT), a.get(ARTICLE.STORY_CLUSTER), a.get(ARTICLE.DUPLICATE_OF),
                a.get(ARTICLE.CONTENT_HASH), a.get(ARTICLE.CLEAN_TEXT), split, spans, rels, severalLayers, curated);
    }

    /** The spans of the requested layer and labels, ordered by offsets. */
    private List<DatasetSpan> choose(List<Record> rows, ExportRequest request, Set<String> labels, Lookups lookups) {
        List<Record> layer = rows;
        if (request.annotator() != null) {
            layer = rows.stream().filter(r -> request.annotator().equals(lookups.user(r).username)).toList();
        } else if (request.gold()) {
            layer = goldLayer(rows, lookups);
        }
        List<DatasetSpan> spans = new ArrayList<>(layer.size());
        for (Record r : layer) {
            String[] label = lookups.labels.get(r.get(ANNOTATION.LABEL_ID));
            if (!labels.isEmpty() && !labels.contains(label[0].toUpperCase(Locale.ROOT))) {
                continue;
            }
            spans.add(new DatasetSpan(r.get(ANNOTATION.ID), r.get(ANNOTATION.START_CP), r.get(ANNOTATION.END_CP),
                    label[0], label[1], r.get(ANNOTATION.COVERED_TEXT), lookups.user(r).username,
                    lookups.claimTypes.get(r.get(ANNOTATION.CLAIM_TYPE_ID)),
                    r.get(ANNOTATION.FIGURE) == null ? null : r.get(ANNOTATION.FIGURE).stripTrailingZeros(),
                    r.get(ANNOTATION.FIGURE_UNIT), r.get(ANNOTATION.FIGURE_QUALIFIER),
                    lookups.verdicts.get(r.get(ANNOTATION.VERDICT_ID)), r.get(ANNOTATION.NOTE),
                    r.get(ANNOTATION.SOURCE_ID), r.get(ANNOTATION.CLAIM_ID), r.get(ANNOTATION.FRAGMENTS),
                    r.get(ANNOTATION.ATTRIBUTES)));
        }
        spans.sort(Comparator.comparingInt(DatasetSpan::start).thenComparingInt(DatasetSpan::end)
                .thenComparingLong(DatasetSpan::id));
        return spans;
    }

    /**
     * The adjudicated layer: the gold layer when a curator curated the article (spans accepted into it); else the
     * spans of curators and admins when any of them annotated the article; else the spans of its only annotator;
     * with several editors and nothing curated there is no gold layer (no spans).
     */
    private static List<Record> goldLayer(List<Record> rows, Lookups lookups) {
        List<Record> gold = rows.stream().filter(r -> lookups.user(r).gold).toList();
        if (!gold.isEmpty()) {
            return gold;
        }
        List<Record> curated = rows.stream().filter(r -> !lookups.user(r).role.equals("EDITOR")).toList();
        if (!curated.isEmpty()) {
            return curated;
        }
        long annotators = rows.stream().map(r -> r.get(ANNOTATION.ANNOTATOR_ID)).distinct().count();
        return annotators == 1 ? rows : List.of();
    }

    private static List<DatasetRelation> relations(List<Record> rows, List<DatasetSpan> spans) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        spans.forEach(s -> ids.add(s.id()));
        List<DatasetRelation> out = new ArrayList<>();
        for (Record r : rows) {
            long claim = r.get(ANNOTATION.ID);
            Long source = r.get(ATTRIBUTION.SOURCE_ANNOTATION_ID);
            Long cue = r.get(ATTRIBUTION.CUE_ANNOTATION_ID);
            Long trigger = r.get(ATTRIBUTION.TRIGGER_ANNOTATION_ID);
            if (ids.contains(claim) && (source == null || ids.contains(source))) {
                out.add(new DatasetRelation(r.get(ATTRIBUTION.ID), claim, source, cue != null && ids.contains(cue) ? cue : null,
                        trigger != null && ids.contains(trigger) ? trigger : null));
            }
        }
        out.sort(Comparator.comparingLong(DatasetRelation::claim)
                .thenComparing(DatasetRelation::source, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    /** Rows of a cursor ordered by article id, handed out one article at a time. */
    private static final class Merge {
        private final Cursor<? extends Record> cursor;
        private final java.util.function.ToLongFunction<Record> article;
        private Record next;

        Merge(Cursor<? extends Record> cursor, java.util.function.ToLongFunction<Record> article) {
            this.cursor = cursor;
            this.article = article;
            this.next = cursor.hasNext() ? cursor.fetchNext() : null;
        }

        List<Record> take(long articleId) {
            while (next != null && article.applyAsLong(next) < articleId) {
                next = cursor.hasNext() ? cursor.fetchNext() : null;
            }
            if (next == null || article.applyAsLong(next) != articleId) {
                return List.of();
            }
            List<Record> rows = new ArrayList<>();
            while (next != null && article.applyAsLong(next) == articleId) {
                rows.add(next);
                next = cursor.hasNext() ? cursor.fetchNext() : null;
            }
            return rows;
        }
    }

    private record User(String username, String role, boolean gold) {
    }

    /** The small tables, read once per export. */
    private final class Lookups {
        final Map<Long, String[]> labels = new HashMap<>();
        final Map<Long, User> users = new HashMap<>();
        final Map<Long, String> claimTypes = new HashMap<>();
        final Map<Long, String> verdicts = new HashMap<>();

        Lookups() {
            dsl.select(LABEL.ID, LABEL.NAME, LABEL.KIND).from(LABEL)
                    .forEach(r -> labels.put(r.value1(), new String[] {r.value2(), r.value3()}));
            dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.ROLE, APP_USER.GOLD_LAYER).from(APP_USER)
                    .forEach(r -> users.put(r.value1(), new User(r.value2(), r.value3(), r.value4())));
            dsl.select(CLAIM_TYPE.ID, CLAIM_TYPE.CODE).from(CLAIM_TYPE).forEach(r -> claimTypes.put(r.value1(), r.value2()));
            dsl.select(VERDICT.ID, VERDICT.CODE).from(VERDICT).forEach(r -> verdicts.put(r.value1(), r.value2()));
        }

        User user(Record r) {
            return users.get(r.get(ANNOTATION.ANNOTATOR_ID));
        }
    }
}

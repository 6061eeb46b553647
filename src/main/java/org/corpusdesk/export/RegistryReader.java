package org.corpusdesk.export;

import static org.corpusdesk.jooq.Tables.ANNOTATION;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ATTRIBUTION;
import static org.corpusdesk.jooq.Tables.CLAIM_TYPE;
import static org.corpusdesk.jooq.Tables.LABEL;
import static org.corpusdesk.jooq.Tables.REGISTRY_CLAIM;
import static org.corpusdesk.jooq.Tables.REGISTRY_SOURCE;
import static org.corpusdesk.jooq.Tables.REGISTRY_SOURCE_ALIAS;
import static org.corpusdesk.jooq.Tables.VERDICT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corpusdesk.jooq.tables.Annotation;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The registries and label definitions an export carries beside its articles: small, read whole. */
@Repository
public class RegistryReader {

    private final DSLContext dsl;

    public RegistryReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The discussions of the exported articles, by article and time (comments are few: read whole, then kept). */
    public List<ExportedComment> comments(java.util.function.LongPredicate exported) {
        var author = org.corpusdesk.jooq.Tables.APP_USER.as("author");
        var resolver = org.corpusdesk.jooq.Tables.APP_USER.as("resolver");
        var c = org.corpusdesk.jooq.Tables.ARTICLE_COMMENT;
        List<ExportedComment> out = new ArrayList<>();
        dsl.select(c.ID, c.ARTICLE_ID, c.ANNOTATION_ID, c.QUOTE, author.USERNAME, c.BODY, c.CREATED_AT, c.RESOLVED_AT,
                        resolver.USERNAME)
                .from(c).leftJoin(author).on(author.ID.eq(c.AUTHOR_ID)).leftJoin(resolver).on(resolver.ID.eq(c.RESOLVED_BY))
                .orderBy(c.ARTICLE_ID, c.CREATED_AT, c.ID)
                .fetch().forEach(r -> {
                    if (exported.test(r.value2())) {
                        out.add(new ExportedComment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                                r.value7().toInstant().toString(),
                                r.value8() == null ? null : r.value8().toInstant().toString(), r.value9()));
                    }
                });
        return out;
    }

    public List<ExportedLabel> labels() {
        return dsl.select(LABEL.NAME, LABEL.KIND, LABEL.DESCRIPTION).from(LABEL).orderBy(LABEL.SORT_ORDER, LABEL.NAME)
                .fetch(r -> new ExportedLabel(r.value1(), r.value2(), r.value3()));
    }

    /** Every live (not merged) registry source with its aliases, by id. */
    public List<ExportedSource> sources() {
        Map<Long, TreeSet<String>> aliases = new TreeMap<>();
        dsl.select(REGISTRY_SOURCE_ALIAS.SOURCE_ID, REGISTRY_SOURCE_ALIAS.ALIAS).from(REGISTRY_SOURCE_ALIAS)
                .forEach(r -> aliases.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value2()));
        return dsl.select(REGISTRY_SOURCE.ID, REGISTRY_SOURCE.NAME, REGISTRY_SOURCE.KIND, REGISTRY_SOURCE.COUNTRY,
                        REGISTRY_SOURCE.DESCRIPTION)
                .from(REGISTRY_SOURCE).where(REGISTRY_SOURCE.MERGED_INTO.isNull()).orderBy(REGISTRY_SOURCE.ID)
                .fetch(r -> new ExportedSource(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        List.copyOf(aliases.getOrDefault(r.value1(), new TreeSet<>()))));
    }

    /**
     * Every live canonical claim, with the registry sources its mentions are attributed to and the URLs of the
     * selected articles it appears in (sorted, so that the output is reproducible). Read from the claim mentions
     * outwards (index on annotation.claim_id, then primary keys), never by scanning articles or annotations.
     */
    public List<ExportedClaim> claims(ExportStatus status) {
        Map<Long, TreeSet<ExportedClaim.Author>> authors = new TreeMap<>();
        Map<Long, TreeSet<String>> urls = new TreeMap<>();
        Map<Long, String> firstPublished = new TreeMap<>();
        Map<Long, long[]> mentions = new java.util.HashMap<>(); // annotation id -> {claim id, article id}
        // "> 0" rather than IS NOT NULL: H2 answers a range from the index, IS NOT NULL with a table scan
        dsl.select(ANNOTATION.ID, ANNOTATION.CLAIM_ID, ANNOTATION.ARTICLE_ID).from(ANNOTATION)
                .where(ANNOTATION.CLAIM_ID.gt(0L))
                .forEach(r -> mentions.put(r.value1(), new long[] {r.value2(), r.value3()}));
        java.util.Set<String> statuses = java.util.Set.copyOf(status.statuses());
        Map<Long, org.jooq.Record4<Long, String, String, java.time.LocalDate>> articles = new java.util.HashMap<>();
        List<Long> articleIds = mentions.values().stream().map(m -> m[1]).distinct().toList();
        for (List<Long> chunk : chunks(articleIds)) {
            dsl.select(ARTICLE.ID, ARTICLE.URL, ARTICLE.STATUS, ARTICLE.PUBLISHED_ON).from(ARTICLE)
                    .where(ARTICLE.ID.in(chunk)).forEach(r -> articles.put(r.value1(), r));
        }
        Annotation source = ANNOTATION.as("source_span");
        for (List<Long> chunk : chunks(List.copyOf(mentions.keySet()))) {
            dsl.select(ATTRIBUTION.CLAIM_ANNOTATION_ID, REGISTRY_SOURCE.NAME, REGISTRY_SOURCE.KIND)
                    .from(ATTRIBUTION)
                    .join(source).on(source.ID.eq(ATTRIBUTION.SOURCE_ANNOTATION_ID))
                    .join(REGISTRY_SOURCE).on(REGISTRY_SOURCE.ID.eq(source.SOURCE_ID))
                    .where(ATTRIBUTION.CLAIM_ANNOTATION_ID.in(chunk))
                    .forEach(r -> {
                        long[] m = mentions.get(r.value1());
                        if (statuses.contains(articles.get(m[1]).value3())) {
                            authors.computeIfAbsent(m[0], k -> new TreeSet<>())
                                    .add(new ExportedClaim.Author(r.value2(), r.value3()));
                        }
                    });
        }
        for (long[] m : mentions.values()) {
            var a = articles.get(m[1]);
            if (!statuses.contains(a.value3())) {
                continue;
            }
            urls.computeIfAbsent(m[0], k -> new TreeSet<>()).add(a.value2() != null ? a.value2() : "corpus-desk:article/" + a.value1());
            if (a.value4() != null) {
                firstPublished.merge(m[0], a.value4().toString(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
            }
        }
        List<ExportedClaim> claims = new ArrayList<>();
        dsl.select(REGISTRY_CLAIM.ID, REGISTRY_CLAIM.STATEMENT, REGISTRY_CLAIM.SUBJECT, CLAIM_TYPE.CODE, VERDICT.CODE,
                        VERDICT.NAME)
                .from(REGISTRY_CLAIM)
                .leftJoin(CLAIM_TYPE).on(CLAIM_TYPE.ID.eq(REGISTRY_CLAIM.CLAIM_TYPE_ID))
                .leftJoin(VERDICT).on(VERDICT.ID.eq(REGISTRY_CLAIM.VERDICT_ID))
                .where(REGISTRY_CLAIM.MERGED_INTO.isNull()).orderBy(REGISTRY_CLAIM.ID)
                .forEach(r -> claims.add(new ExportedClaim(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), List.copyOf(authors.getOrDefault(r.value1(), new TreeSet<>())),
                        List.copyOf(urls.getOrDefault(r.value1(), new TreeSet<>())), firstPublished.get(r.value1()))));
        return claims;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 1_000) {
            out.add(ids.subList(i, Math.min(ids.size(), i + 1_000)));
        }
        return out;
    }
}

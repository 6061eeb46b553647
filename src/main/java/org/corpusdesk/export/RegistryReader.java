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
     * selected articles it appears in (sorted, so that the output is reproducible).
     */
    public List<ExportedClaim> claims(ExportStatus status) {
        Map<Long, TreeSet<ExportedClaim.Author>> authors = new TreeMap<>();
        Map<Long, TreeSet<String>> urls = new TreeMap<>();
        Map<Long, String> firstPublished = new TreeMap<>();
        Annotation source = ANNOTATION.as("source_span");
        dsl.selectDistinct(ANNOTATION.CLAIM_ID, REGISTRY_SOURCE.NAME, REGISTRY_SOURCE.KIND)
                .from(ANNOTATION)
                .join(ARTICLE).on(ARTICLE.ID.eq(ANNOTATION.ARTICLE_ID))
                .join(ATTRIBUTION).on(ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(ANNOTATION.ID))
                .join(source).on(source.ID.eq(ATTRIBUTION.SOURCE_ANNOTATION_ID))
                .join(REGISTRY_SOURCE).on(REGISTRY_SOURCE.ID.eq(source.SOURCE_ID))
                .where(ANNOTATION.CLAIM_ID.isNotNull()).and(ARTICLE.STATUS.in(status.statuses()))
                .forEach(r -> authors.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(new ExportedClaim.Author(r.value2(), r.value3())));
        dsl.selectDistinct(ANNOTATION.CLAIM_ID, ARTICLE.URL, ARTICLE.ID, ARTICLE.PUBLISHED_ON)
                .from(ANNOTATION).join(ARTICLE).on(ARTICLE.ID.eq(ANNOTATION.ARTICLE_ID))
                .where(ANNOTATION.CLAIM_ID.isNotNull()).and(ARTICLE.STATUS.in(status.statuses()))
                .forEach(r -> {
                    urls.computeIfAbsent(r.value1(), k -> new TreeSet<>())
                            .add(r.value2() != null ? r.value2() : "corpus-desk:article/" + r.value3());
                    if (r.value4() != null) {
                        firstPublished.merge(r.value1(), r.value4().toString(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                    }
                });
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
}

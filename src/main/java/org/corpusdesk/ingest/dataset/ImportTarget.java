package org.corpusdesk.ingest.dataset;

import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.CLAIM_TYPE;
import static org.corpusdesk.jooq.Tables.LABEL;
import static org.corpusdesk.jooq.Tables.VERDICT;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Writes imported annotations into this database: finds or creates users, labels, claim types and verdicts by
 * name, keeps the file's ids where they are free, and moves the id generators past what it inserted.
 */
final class ImportTarget {

    private final DSLContext dsl;
    private final Map<String, Long> users = new HashMap<>();
    private final Map<String, Long> labels = new HashMap<>();
    private final Map<String, Long> claimTypes = new HashMap<>();
    private final Map<String, Long> verdicts = new HashMap<>();

    ImportTarget(DSLContext dsl) {
        this.dsl = dsl;
        dsl.select(APP_USER.USERNAME, APP_USER.ID).from(APP_USER).forEach(r -> users.put(r.value1(), r.value2()));
        dsl.select(LABEL.NAME, LABEL.ID).from(LABEL).forEach(r -> labels.put(r.value1(), r.value2()));
        dsl.select(CLAIM_TYPE.CODE, CLAIM_TYPE.ID).from(CLAIM_TYPE).forEach(r -> claimTypes.put(r.value1(), r.value2()));
        dsl.select(VERDICT.CODE, VERDICT.ID).from(VERDICT).forEach(r -> verdicts.put(r.value1(), r.value2()));
    }

    DSLContext dsl() {
        return dsl;
    }

    /** An annotator named in the file: an existing user, or a new disabled editor account without a password. */
    long user(String name) {
        String username = name == null || name.isBlank() ? "imported" : name.strip();
        return users.computeIfAbsent(username, n -> dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, n).set(APP_USER.ROLE, "EDITOR").set(APP_USER.ENABLED, false)
                .set(APP_USER.DISPLAY_NAME, n + " (imported)")
                .returning(APP_USER.ID).fetchOne().getId());
    }

    /**
     * A label by its exact name; an unknown one is added to the schema with the given kind. Exact, so that a corpus's
     * own names come back out as they went in ("Source" stays "Source" beside the schema's "SOURCE").
     */
    long label(String name, String kind) {
        String key = name.strip();
        return labels.computeIfAbsent(key, n -> dsl.insertInto(LABEL)
                .set(LABEL.NAME, name.strip()).set(LABEL.KIND, kind == null ? "OTHER" : kind)
                .set(LABEL.COLOUR, "#7f7f7f").set(LABEL.DESCRIPTION, "Added by an import.")
                .set(LABEL.SORT_ORDER, 1000)
                .returning(LABEL.ID).fetchOne().getId());
    }

    Long claimType(String code) {
        return code == null ? null : claimTypes.computeIfAbsent(code, c -> dsl.insertInto(CLAIM_TYPE)
                .set(CLAIM_TYPE.CODE, c).set(CLAIM_TYPE.NAME, c).set(CLAIM_TYPE.SORT_ORDER, 1000)
                .returning(CLAIM_TYPE.ID).fetchOne().getId());
    }

    Long verdict(String code) {
        return code == null ? null : verdicts.computeIfAbsent(code, c -> dsl.insertInto(VERDICT)
                .set(VERDICT.CODE, c).set(VERDICT.NAME, c).set(VERDICT.SORT_ORDER, 1000)
                .returning(VERDICT.ID).fetchOne().getId());
    }

    boolean free(Table<?> table, Field<Long> id, long value) {
        return !dsl.fetchExists(table, id.eq(value));
    }

    /** A new article id from the article sequence (the importer's hi/lo blocks start above it). */
    long nextArticleId() {
        return dsl.nextval(org.corpusdesk.jooq.Sequences.ARTICLE_ID_SEQ);
    }

    /** After inserts with explicit ids: the identity of {@code table} continues above its largest id. */
    void moveIdentityPast(String table) {
        Long max = dsl.fetchSingle("SELECT MAX(id) FROM " + table).get(0, Long.class);
        if (max == null) {
            return;
        }
        if (dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
            dsl.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), " + max + ")");
        } else {
            dsl.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (max + 1));
        }
    }

    /** The article sequence continues above the largest article id. */
    void moveArticleSequencePast() {
        Long max = dsl.fetchValue(DSL.select(DSL.max(ARTICLE.ID)).from(ARTICLE));
        Long next = dsl.nextval(org.corpusdesk.jooq.Sequences.ARTICLE_ID_SEQ);
        if (max != null && next <= max) {
            dsl.execute("ALTER SEQUENCE article_id_seq RESTART WITH " + (max + 1));
        }
    }
}

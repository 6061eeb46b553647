package org.corpusdesk.migrate;

import java.util.List;

/**
 * Every table of the schema in an order that satisfies its foreign keys, with the columns that point into the
 * same table (filled in a second pass). {@link DatabaseCopier} refuses to run when the source has a table this
 * list does not know, so a new migration cannot be silently left behind.
 */
record TableCopy(String table, String key, List<String> selfReferences) {

    static final List<TableCopy> ORDER = List.of(
            new TableCopy("app_user", "id", List.of()),
            new TableCopy("import_batch", "id", List.of()),
            new TableCopy("import_problem", "id", List.of()),
            new TableCopy("import_duplicate", "id", List.of()),
            new TableCopy("article", "id", List.of("duplicate_of")),
            new TableCopy("article_sketch", "article_id", List.of()),
            new TableCopy("article_assignment", null, List.of()),
            new TableCopy("metadata_revision", "id", List.of()),
            new TableCopy("label", "id", List.of()),
            new TableCopy("claim_type", "id", List.of()),
            new TableCopy("verdict", "id", List.of()),
            new TableCopy("registry_source", "id", List.of("merged_into")),
            new TableCopy("registry_source_alias", "id", List.of()),
            new TableCopy("registry_claim", "id", List.of("merged_into")),
            new TableCopy("annotation", "id", List.of()),
            new TableCopy("attribution", "id", List.of()),
            new TableCopy("article_comment", "id", List.of()),
            new TableCopy("audit_event", "id", List.of()),
            new TableCopy("dataset_export", "id", List.of()),
            new TableCopy("saved_query", "id", List.of()),
            new TableCopy("rollup_article_count", null, List.of()),
            new TableCopy("rollup_span_day", null, List.of()),
            new TableCopy("rollup_label_count", null, List.of()),
            new TableCopy("rollup_story", "story_cluster", List.of()),
            new TableCopy("rollup_source_outlet", null, List.of()),
            new TableCopy("rollup_source_claim", null, List.of()),
            new TableCopy("rollup_figure", null, List.of()),
            new TableCopy("rollup_state", "id", List.of()),
            new TableCopy("data_change", "id", List.of()),
            new TableCopy("first_run", "id", List.of()));

    /** Identity columns whose generator must continue above the copied ids. */
    boolean identity() {
        return "id".equals(key) && !table.equals("article") && !table.equals("rollup_state")
                && !table.equals("data_change") && !table.equals("first_run");
    }
}

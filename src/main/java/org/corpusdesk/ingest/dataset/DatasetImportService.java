package org.corpusdesk.ingest.dataset;

import static org.corpusdesk.jooq.Tables.ANNOTATION;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ATTRIBUTION;
import static org.corpusdesk.jooq.Tables.REGISTRY_CLAIM;
import static org.corpusdesk.jooq.Tables.REGISTRY_SOURCE;
import static org.corpusdesk.jooq.Tables.REGISTRY_SOURCE_ALIAS;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corpusdesk.annotation.Spans;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.export.ExportManifest;
import org.corpusdesk.ingest.ArticlePreparer;
import org.corpusdesk.ingest.ImportProblem;
import org.corpusdesk.registry.AliasKey;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a Corpus Desk JSONL export folder back: registries, articles with their metadata and status, spans
 * and relations. The file's ids are kept where they are free (always, in an empty database, so that export →
 * import → export gives the same files); an article whose content is already here is skipped with its spans.
 * One transaction: a folder that fails checks changes nothing.
 */
@Service
public class DatasetImportService {

    /** Built on first use: the import command asks {@link #isJsonlExport} of every path before anything needs JSON. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private final DSLContext dsl;
    private final AuditLog audit;

    public DatasetImportService(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /**
     * A folder written by {@code export --format jsonl} (it has a manifest naming that format), or one data file of
     * such an export on its own ({@code train.jsonl}: its first record has text, content_hash and a spans list).
     */
    public static boolean isJsonlExport(Path dir) {
        if (Files.isRegularFile(dir)) {
            return isExportDataFile(dir);
        }
        Path manifest = dir.resolve(ExportManifest.FILE);
        if (!Files.isDirectory(dir) || !Files.isRegularFile(manifest)) {
            return false;
        }
        try {
            JsonNode m = Json.MAPPER.readTree(manifest.toFile());
            return "corpus-desk".equals(m.path("tool").asString("")) && "jsonl".equals(m.path("format").asString(""));
        } catch (JacksonException e) {
            return false;
        }
    }

    private static boolean isExportDataFile(Path file) {
        return FirstRecord.of(file).filter(first -> first.isObject() && first.path("spans").isArray()
                && first.has("text") && first.has("content_hash")).isPresent();
    }


    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public DatasetImportReport importExport(Path dir) throws IOException {
        if (Files.isRegularFile(dir)) {
            // one data file without its folder: its articles and spans; registry links need the folder's registries
            return importDataFiles(dir, List.of(dir), new ImportTarget(dsl), new ArrayList<>(), new HashMap<>(),
                    new HashMap<>(), 0, 0);
        }
        List<String> damaged = ExportManifest.verify(dir);
        if (!damaged.isEmpty()) {
            throw new DatasetImportException(dir.resolve(ExportManifest.FILE) + ": the files do not match the manifest ("
                    + String.join("; ", damaged) + "); nothing imported");
        }
        ImportTarget target = new ImportTarget(dsl);
        List<ImportProblem> problems = new ArrayList<>();
        Map<Long, Long> sourceIds = new HashMap<>();
        Map<Long, Long> claimIds = new HashMap<>();
        int sources = 0;
        int claims = 0;
        for (JsonNode s : lines(dir.resolve("sources.jsonl"))) {
            sources += importSource(target, s, sourceIds) ? 1 : 0;
        }
        for (JsonNode c : lines(dir.resolve("claims.jsonl"))) {
            long id = c.get("id").asLong();
            Long keep = target.free(REGISTRY_CLAIM, REGISTRY_CLAIM.ID, id) ? id : null;
            var insert = dsl.insertInto(REGISTRY_CLAIM)
                    .set(REGISTRY_CLAIM.STATEMENT, c.get("statement").asString())
                    .set(REGISTRY_CLAIM.SUBJECT, text(c, "subject"))
                    .set(REGISTRY_CLAIM.CLAIM_TYPE_ID, target.claimType(text(c, "claim_type")))
                    .set(REGISTRY_CLAIM.VERDICT_ID, target.verdict(text(c, "verdict")));
            if (keep != null) {
                insert = insert.set(REGISTRY_CLAIM.ID, keep);
            }
            claimIds.put(id, insert.returning(REGISTRY_CLAIM.ID).fetchOne().getId());
            claims++;
        }
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".jsonl"))
                    .filter(p -> !p.getFileName().toString().matches("(sources|claims)\\.jsonl")).sorted().toList();
        }
        return importDataFiles(dir, files, target, problems, sourceIds, claimIds, sources, claims);
    }

    private DatasetImportReport importDataFiles(Path dir, List<Path> files, ImportTarget target,
            List<ImportProblem> problems, Map<Long, Long> sourceIds, Map<Long, Long> claimIds, int sources, int claims)
            throws IOException {
        int articles = 0;
        int duplicates = 0;
        int spans = 0;
        int relations = 0;
        Map<Long, Long> articleIds = new HashMap<>();
        for (Path file : files) {
            int lineNo = 0;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode a = Json.MAPPER.readTree(line);
                    String hash = a.get("content_hash").asString();
                    String titleHash = ArticlePreparer.titleHash(text(a, "title"));
                    if (dsl.fetchExists(ARTICLE, ARTICLE.CONTENT_HASH.eq(hash).and(ARTICLE.TITLE_HASH.eq(titleHash)
                            .or(ARTICLE.TITLE_HASH.isNull().and(ARTICLE.TITLE.isNotDistinctFrom(text(a, "title"))))))) {
                        duplicates++;
                        continue;
                    }
                    long id = insertArticle(target, a, articleIds);
                    articles++;
                    Map<Long, Long> spanIds = new HashMap<>();
                    for (JsonNode s : a.get("spans")) {
                        String problem = spanProblem(a.get("text").asString(), s);
                        if (problem != null) {
                            problems.add(new ImportProblem(file.toString(), lineNo, "span " + s.get("id") + ": " + problem));
                            continue;
                        }
                        spanIds.put(s.get("id").asLong(), insertSpan(target, id, s, sourceIds, claimIds));
                        spans++;
                    }
                    dsl.update(ARTICLE).set(ARTICLE.ANNOTATION_COUNT, spanIds.size()).where(ARTICLE.ID.eq(id)).execute();
                    for (JsonNode r : a.get("relations")) {
                        Long claim = spanIds.get(r.get("claim").asLong());
                        Long source = spanIds.get(r.get("source").asLong());
                        if (claim == null || source == null) {
                            problems.add(new ImportProblem(file.toString(), lineNo, "relation " + r + ": its spans were not imported"));
                            continue;
                        }
                        dsl.insertInto(ATTRIBUTION).set(ATTRIBUTION.CLAIM_ANNOTATION_ID, claim)
                                .set(ATTRIBUTION.SOURCE_ANNOTATION_ID, source)
                                .set(ATTRIBUTION.CUE_ANNOTATION_ID, r.get("cue").isNull() ? null : spanIds.get(r.get("cue").asLong()))
                                .execute();
                        relations++;
                    }
                }
            } catch (JacksonException e) {
                throw new DatasetImportException(file + ":" + lineNo + ": not a dataset line (" + e.getOriginalMessage()
                        + "); nothing imported");
            }
        }
        remapStoriesAndDuplicates(articleIds);
        for (String table : List.of("annotation", "registry_source", "registry_claim")) {
            target.moveIdentityPast(table);
        }
        target.moveArticleSequencePast();
        DatasetImportReport report = new DatasetImportReport(dir.toString(), articles, duplicates, spans, relations,
                sources, claims, problems);
        audit.record(AuditAction.CREATE, "dataset_import", null, null, report);
        return report;
    }

    private boolean importSource(ImportTarget target, JsonNode s, Map<Long, Long> ids) {
        long id = s.get("id").asLong();
        List<String> aliases = new ArrayList<>();
        s.get("aliases").forEach(x -> aliases.add(x.asString()));
        aliases.add(s.get("name").asString());
        for (String alias : aliases) { // an entry already known under one of its names: link to it
            Long existing = dsl.select(REGISTRY_SOURCE_ALIAS.SOURCE_ID).from(REGISTRY_SOURCE_ALIAS)
                    .where(REGISTRY_SOURCE_ALIAS.ALIAS_KEY.eq(AliasKey.of(alias))).fetchOne(REGISTRY_SOURCE_ALIAS.SOURCE_ID);
            if (existing != null) {
                ids.put(id, existing);
                return false;
            }
        }
        var insert = dsl.insertInto(REGISTRY_SOURCE)
                .set(REGISTRY_SOURCE.NAME, s.get("name").asString())
                .set(REGISTRY_SOURCE.KIND, s.get("kind").asString())
                .set(REGISTRY_SOURCE.COUNTRY, text(s, "country"))
                .set(REGISTRY_SOURCE.DESCRIPTION, text(s, "description"));
        if (target.free(REGISTRY_SOURCE, REGISTRY_SOURCE.ID, id)) {
            insert = insert.set(REGISTRY_SOURCE.ID, id);
        }
        long newId = insert.returning(REGISTRY_SOURCE.ID).fetchOne().getId();
        ids.put(id, newId);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (JsonNode alias : s.get("aliases")) {
            if (keys.add(AliasKey.of(alias.asString()))) {
                dsl.insertInto(REGISTRY_SOURCE_ALIAS).set(REGISTRY_SOURCE_ALIAS.SOURCE_ID, newId)
                        .set(REGISTRY_SOURCE_ALIAS.ALIAS, alias.asString())
                        .set(REGISTRY_SOURCE_ALIAS.ALIAS_KEY, AliasKey.of(alias.asString())).execute();
            }
        }
        return true;
    }

    private long insertArticle(ImportTarget target, JsonNode a, Map<Long, Long> ids) {
        long fileId = a.get("id").asLong();
        long id = target.free(ARTICLE, ARTICLE.ID, fileId) ? fileId : target.nextArticleId();
        ids.put(fileId, id);
        String text = a.get("text").asString();
        List<String> flags = new ArrayList<>();
        a.get("flags").forEach(f -> flags.add(f.asString()));
        dsl.insertInto(ARTICLE)
                .set(ARTICLE.ID, id)
                .set(ARTICLE.RAW_TEXT, text)
                .set(ARTICLE.CLEAN_TEXT, text)
                .set(ARTICLE.CLEAN_CP_LENGTH, Spans.codePointLength(text))
                .set(ARTICLE.TITLE, text(a, "title"))
                .set(ARTICLE.OUTLET, text(a, "outlet"))
                .set(ARTICLE.AUTHOR, text(a, "author"))
                .set(ARTICLE.URL, text(a, "url"))
                .set(ARTICLE.PUBLISHED_ON, text(a, "published_on") == null ? null : LocalDate.parse(text(a, "published_on")))
                .set(ARTICLE.PUBLISHED_PRECISION, text(a, "published_precision"))
                .set(ARTICLE.LANGUAGE, text(a, "language"))
                .set(ARTICLE.DATELINE, text(a, "dateline"))
                .set(ARTICLE.CREDIT_LINE, text(a, "credit_line"))
                .set(ARTICLE.FLAGS, String.join(",", flags))
                .set(ARTICLE.STATUS, a.get("status").asString().toUpperCase(java.util.Locale.ROOT))
                .set(ARTICLE.CONTENT_HASH, a.get("content_hash").asString())
                .set(ARTICLE.TITLE_HASH, ArticlePreparer.titleHash(text(a, "title")))
                .set(ARTICLE.STORY_CLUSTER, a.get("story_cluster").asLong())
                .set(ARTICLE.IMPORT_FILE, "dataset:" + fileId)
                .execute();
        if (!a.get("duplicate_of").isNull()) {
            dsl.update(ARTICLE).set(ARTICLE.EXTRA_METADATA, "{\"duplicate_of\":" + a.get("duplicate_of").asLong() + "}")
                    .where(ARTICLE.ID.eq(id)).execute();
        }
        return id;
    }

    /** Story clusters and duplicate links name article ids: moved along with articles that got a new id. */
    private void remapStoriesAndDuplicates(Map<Long, Long> ids) {
        for (Map.Entry<Long, Long> e : ids.entrySet()) {
            if (!e.getKey().equals(e.getValue())) {
                dsl.update(ARTICLE).set(ARTICLE.STORY_CLUSTER, e.getValue())
                        .where(ARTICLE.STORY_CLUSTER.eq(e.getKey())).and(ARTICLE.ID.in(ids.values())).execute();
            }
        }
        var pending = dsl.select(ARTICLE.ID, ARTICLE.EXTRA_METADATA).from(ARTICLE)
                .where(ARTICLE.ID.in(ids.values())).and(ARTICLE.EXTRA_METADATA.like("{\"duplicate_of\":%")).fetch();
        for (var r : pending) {
            long original = Json.MAPPER.readTree(r.value2()).get("duplicate_of").asLong();
            Long target = ids.getOrDefault(original, dsl.fetchExists(ARTICLE, ARTICLE.ID.eq(original)) ? original : null);
            dsl.update(ARTICLE).set(ARTICLE.DUPLICATE_OF, target).setNull(ARTICLE.EXTRA_METADATA)
                    .where(ARTICLE.ID.eq(r.value1())).execute();
        }
    }

    private long insertSpan(ImportTarget target, long articleId, JsonNode s, Map<Long, Long> sourceIds,
            Map<Long, Long> claimIds) {
        long fileId = s.get("id").asLong();
        var insert = dsl.insertInto(ANNOTATION)
                .set(ANNOTATION.ARTICLE_ID, articleId)
                .set(ANNOTATION.ANNOTATOR_ID, target.user(text(s, "annotator")))
                .set(ANNOTATION.LABEL_ID, target.label(s.get("label").asString(), text(s, "kind")))
                .set(ANNOTATION.START_CP, s.get("start").asInt())
                .set(ANNOTATION.END_CP, s.get("end").asInt())
                .set(ANNOTATION.COVERED_TEXT, s.get("text").asString())
                .set(ANNOTATION.CLAIM_TYPE_ID, target.claimType(text(s, "claim_type")))
                .set(ANNOTATION.FIGURE, s.get("figure").isNull() ? null : s.get("figure").decimalValue())
                .set(ANNOTATION.FIGURE_UNIT, text(s, "figure_unit"))
                .set(ANNOTATION.FIGURE_QUALIFIER, text(s, "figure_qualifier"))
                .set(ANNOTATION.VERDICT_ID, target.verdict(text(s, "verdict")))
                .set(ANNOTATION.NOTE, text(s, "note"))
                .set(ANNOTATION.SOURCE_ID, s.get("source_id").isNull() ? null : sourceIds.get(s.get("source_id").asLong()))
                .set(ANNOTATION.CLAIM_ID, s.get("claim_id").isNull() ? null : claimIds.get(s.get("claim_id").asLong()))
                .set(ANNOTATION.FRAGMENTS, fragments(s.get("fragments")));
        if (target.free(ANNOTATION, ANNOTATION.ID, fileId)) {
            insert = insert.set(ANNOTATION.ID, fileId);
        }
        return insert.returning(ANNOTATION.ID).fetchOne().getId();
    }

    /** A span's "fragments" ([[start, end], …]) as stored ("start end;start end"), or null. */
    private static String fragments(JsonNode fragments) {
        if (fragments == null || fragments.isNull() || !fragments.isArray() || fragments.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode f : fragments) {
            out.append(out.isEmpty() ? "" : ";").append(f.get(0).asInt()).append(' ').append(f.get(1).asInt());
        }
        return out.toString();
    }

    /** Null when the span fits the text: offsets in range and text[start:end] equal to its text. */
    static String spanProblem(String text, JsonNode s) {
        int start = s.get("start").asInt();
        int end = s.get("end").asInt();
        int length = Spans.codePointLength(text);
        if (start < 0 || end <= start || end > length) {
            return "offsets " + start + ".." + end + " outside the text (" + length + " code points)";
        }
        String covered = Spans.slice(text, start, end);
        return covered.equals(s.get("text").asString()) ? null
                : "text[" + start + ":" + end + "] is '" + covered + "', not '" + s.get("text").asString() + "'";
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(Json.MAPPER.readTree(line));
                }
            }
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}

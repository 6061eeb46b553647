package org.corpusdesk.ingest.dataset;

import static org.corpusdesk.jooq.Tables.ARTICLE;

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
import org.corpusdesk.annotation.SpanRow;
import org.corpusdesk.annotation.Spans;
import org.corpusdesk.article.ArticleStatus;
import org.corpusdesk.article.NewArticle;
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
    private final ImportTargets targets;
    private final AuditLog audit;

    public DatasetImportService(DSLContext dsl, ImportTargets targets, AuditLog audit) {
        this.dsl = dsl;
        this.targets = targets;
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
            return importDataFiles(dir, List.of(dir), targets.open(), new ArrayList<>(), new HashMap<>(),
                    new HashMap<>(), 0, 0);
        }
        List<String> damaged = ExportManifest.verify(dir);
        if (!damaged.isEmpty()) {
            throw new DatasetImportException(dir.resolve(ExportManifest.FILE) + ": the files do not match the manifest ("
                    + String.join("; ", damaged) + "); nothing imported");
        }
        ImportTarget target = targets.open();
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
            claimIds.put(id, target.registry().insertClaim(id, c.get("statement").asString(), text(c, "subject"),
                    target.claimType(text(c, "claim_type")), target.verdict(text(c, "verdict")), null));
            claims++;
        }
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".jsonl"))
                    .filter(p -> !p.getFileName().toString().matches("(sources|claims|comments)\\.jsonl")).sorted().toList();
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
        Map<Long, Long> allSpanIds = new HashMap<>();
        Map<Long, Long> duplicatesOf = new HashMap<>();
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
                    long id = insertArticle(target, a, articleIds, duplicatesOf);
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
                    target.recount(id);
                    allSpanIds.putAll(spanIds);
                    for (JsonNode r : a.get("relations")) {
                        Long claim = spanIds.get(r.get("claim").asLong());
                        boolean sourced = !r.path("source").isNull() && !r.path("source").isMissingNode();
                        Long source = sourced ? spanIds.get(r.get("source").asLong()) : null;
                        if (claim == null || sourced && source == null) {
                            problems.add(new ImportProblem(file.toString(), lineNo, "relation " + r + ": its spans were not imported"));
                            continue;
                        }
                        relations += target.attribution(claim, source, optionalSpan(r, "cue", spanIds),
                                optionalSpan(r, "trigger", spanIds)) ? 1 : 0;
                    }
                }
            } catch (JacksonException e) {
                throw new DatasetImportException(file + ":" + lineNo + ": not a dataset line (" + e.getOriginalMessage()
                        + "); nothing imported");
            }
        }
        remapStoriesAndDuplicates(target, articleIds, duplicatesOf);
        importComments(target, dir.resolve("comments.jsonl"), articleIds, allSpanIds);
        for (String table : List.of("annotation", "registry_source", "registry_claim", "article_comment")) {
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
            Long existing = target.registry().sourceWithAliasKey(AliasKey.of(alias));
            if (existing != null) {
                ids.put(id, existing);
                return false;
            }
        }
        long newId = target.registry().insertSource(id, s.get("name").asString(), s.get("kind").asString(),
                text(s, "country"), text(s, "description"), null);
        ids.put(id, newId);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (JsonNode alias : s.get("aliases")) {
            if (keys.add(AliasKey.of(alias.asString()))) {
                target.registry().insertAlias(newId, alias.asString());
            }
        }
        return true;
    }

    private long insertArticle(ImportTarget target, JsonNode a, Map<Long, Long> ids, Map<Long, Long> duplicatesOf) {
        long fileId = a.get("id").asLong();
        long id = target.articles().exists(fileId) ? target.nextArticleId() : fileId;
        ids.put(fileId, id);
        String text = a.get("text").asString();
        List<String> flags = new ArrayList<>();
        a.get("flags").forEach(f -> flags.add(f.asString()));
        String published = text(a, "published_on");
        target.articles().insertAnnotated(new NewArticle(id, text, text, Spans.codePointLength(text), null,
                text(a, "title"), text(a, "outlet"), text(a, "author"), text(a, "url"),
                published == null ? null : LocalDate.parse(published), text(a, "published_precision"),
                text(a, "dateline"), text(a, "language"), text(a, "credit_line"), String.join(",", flags), null,
                a.get("content_hash").asString(), ArticlePreparer.titleHash(text(a, "title")),
                a.get("story_cluster").asLong(), null, null, null, "dataset:" + fileId, null, 0, null),
                ArticleStatus.valueOf(a.get("status").asString().toUpperCase(java.util.Locale.ROOT)));
        if (!a.get("duplicate_of").isNull()) {
            duplicatesOf.put(id, a.get("duplicate_of").asLong());
        }
        return id;
    }

    /** Story clusters and duplicate links name article ids: moved along with articles that got a new id. */
    private static void remapStoriesAndDuplicates(ImportTarget target, Map<Long, Long> ids, Map<Long, Long> duplicatesOf) {
        for (Map.Entry<Long, Long> e : ids.entrySet()) {
            if (!e.getKey().equals(e.getValue())) {
                target.articles().moveStoryCluster(e.getKey(), e.getValue(), ids.values());
            }
        }
        for (Map.Entry<Long, Long> d : duplicatesOf.entrySet()) {
            long original = d.getValue();
            Long to = ids.getOrDefault(original, target.articles().exists(original) ? original : null);
            target.articles().setDuplicateOf(d.getKey(), to);
        }
    }

    /** The discussions of the imported articles (comments.jsonl of a folder), their authors found or made. */
    private void importComments(ImportTarget target, Path file, Map<Long, Long> articleIds, Map<Long, Long> spanIds)
            throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        for (JsonNode c : lines(file)) {
            Long article = articleIds.get(c.get("article").asLong());
            if (article == null) {
                continue; // its article was a duplicate, skipped with its spans
            }
            Long span = c.path("span").isNull() || c.path("span").isMissingNode() ? null
                    : spanIds.get(c.get("span").asLong());
            String resolvedAt = text(c, "resolved_at");
            target.comments().insert(c.get("id").asLong(), article, span, text(c, "quote"),
                    text(c, "author") == null ? null : target.user(text(c, "author")), c.get("text").asString(),
                    java.time.OffsetDateTime.parse(c.get("created_at").asString()),
                    resolvedAt == null ? null : java.time.OffsetDateTime.parse(resolvedAt),
                    text(c, "resolved_by") == null ? null : target.user(text(c, "resolved_by")));
        }
    }

    private static Long optionalSpan(JsonNode relation, String field, Map<Long, Long> spanIds) {
        JsonNode v = relation.path(field);
        return v.isMissingNode() || v.isNull() ? null : spanIds.get(v.asLong());
    }

    private long insertSpan(ImportTarget target, long articleId, JsonNode s, Map<Long, Long> sourceIds,
            Map<Long, Long> claimIds) {
        return target.annotations().insert(new SpanRow(s.get("id").asLong(), articleId, target.user(text(s, "annotator")),
                target.label(s.get("label").asString(), text(s, "kind")), s.get("start").asInt(), s.get("end").asInt(),
                s.get("text").asString(), fragments(s.get("fragments")), target.claimType(text(s, "claim_type")),
                s.get("figure").isNull() ? null : s.get("figure").decimalValue(), text(s, "figure_unit"),
                text(s, "figure_qualifier"), target.verdict(text(s, "verdict")), text(s, "note"),
                s.get("source_id").isNull() ? null : sourceIds.get(s.get("source_id").asLong()),
                s.get("claim_id").isNull() ? null : claimIds.get(s.get("claim_id").asLong()), attributes(s)));
    }

    /** A span's "attributes" object as stored (its JSON), or null when it has none. */
    private static String attributes(JsonNode s) {
        JsonNode a = s.path("attributes");
        return a.isObject() && !a.isEmpty() ? a.toString() : null;
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

package org.corpusdesk.ingest.dataset;

import static org.corpusdesk.jooq.Tables.ANNOTATION;
import static org.corpusdesk.jooq.Tables.ARTICLE;
import static org.corpusdesk.jooq.Tables.ATTRIBUTION;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpusdesk.annotation.Spans;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.ingest.ImportProblem;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports doccano's JSON Lines exports: {@code text} with {@code label} ([[start, end, "LABEL"], …], sequence
 * labelling) or {@code entities} ([{id, label, start_offset, end_offset}]) and {@code relations} ([{from_id, to_id,
 * type}]). Offsets are code points, as doccano (Python) counts. A relation of type Attribution makes the from-entity a
 * claim attributed to the to-entity; type Cue gives that claim its cue. The annotator is the record's {@code user}
 * or {@code annotator}, else "doccano". Texts already stored get the spans added; others become articles.
 */
@Service
public class DoccanoImportService {

    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private final DSLContext dsl;
    private final AuditLog audit;

    public DoccanoImportService(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** A .jsonl file whose first record is a doccano one: text with label pairs or entities, not our own export. */
    public static boolean isDoccanoFile(Path file) {
        if (!Files.isRegularFile(file) || !file.getFileName().toString().endsWith(".jsonl")) {
            return false;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    JsonNode first = Json.MAPPER.readTree(line);
                    boolean labels = first.path("label").isArray()
                            && (first.path("label").isEmpty() || first.path("label").get(0).isArray());
                    return first.isObject() && first.path("text").isString() && !first.has("content_hash")
                            && (labels || first.path("entities").isArray());
                }
            }
            return false;
        } catch (IOException | JacksonException e) {
            return false;
        }
    }

    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public DatasetImportReport importFile(Path file) throws IOException {
        ImportTarget target = new ImportTarget(dsl);
        List<ImportProblem> problems = new ArrayList<>();
        int articles = 0;
        int existing = 0;
        int spans = 0;
        int relations = 0;
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record;
                try {
                    record = Json.MAPPER.readTree(line);
                } catch (JacksonException e) {
                    problems.add(new ImportProblem(file.toString(), lineNo, "invalid JSON: " + e.getOriginalMessage()));
                    continue;
                }
                String text = record.path("text").asString(null);
                if (text == null || text.isBlank()) {
                    problems.add(new ImportProblem(file.toString(), lineNo, "no text"));
                    continue;
                }
                Long article = target.articleWithText(text);
                if (article == null) {
                    String title = record.path("title").asString(record.path("meta").path("title").asString(
                            file.getFileName() + ":" + lineNo));
                    article = target.newArticle(title, text, file + ":" + lineNo);
                    articles++;
                } else {
                    existing++;
                }
                String user = record.path("user").asString(record.path("annotator").asString("doccano"));
                int[] counts = spansAndRelations(target, file, lineNo, record, article, text, user, problems);
                spans += counts[0];
                relations += counts[1];
            }
        }
        DatasetImportReport report = new DatasetImportReport(file.toString(), articles, existing, spans, relations, 0, 0,
                problems);
        audit.record(AuditAction.CREATE, "doccano_import", null, null, report);
        return report;
    }

    private int[] spansAndRelations(ImportTarget target, Path file, int lineNo, JsonNode record, long article,
            String text, String user, List<ImportProblem> problems) {
        int length = Spans.codePointLength(text);
        long annotator = target.user(user);
        Map<String, Long> ids = new HashMap<>();
        int stored = 0;
        List<JsonNode> entities = new ArrayList<>();
        if (record.path("entities").isArray()) {
            record.path("entities").forEach(entities::add);
        }
        int n = 0;
        for (JsonNode pair : record.path("label").isArray() ? record.path("label") : Json.MAPPER.createArrayNode()) {
            if (pair.isArray() && pair.size() >= 3) {
                entities.add(Json.MAPPER.createObjectNode().put("id", "label" + (n++)).put("start_offset", pair.get(0).asInt())
                        .put("end_offset", pair.get(1).asInt()).put("label", pair.get(2).asString()));
            }
        }
        for (JsonNode e : entities) {
            int start = e.path("start_offset").asInt(-1);
            int end = e.path("end_offset").asInt(-1);
            String label = e.path("label").asString("");
            if (start < 0 || end <= start || end > length || label.isBlank()) {
                problems.add(new ImportProblem(file.toString(), lineNo, "entity " + e.path("id").asString("?") + " ("
                        + label + " " + start + " " + end + ") does not fit the text of " + length + " code points"));
                continue;
            }
            long labelId = target.label(label, ImportTarget.kindOf(label));
            String covered = Spans.slice(text, start, end);
            Long already = dsl.select(ANNOTATION.ID).from(ANNOTATION).where(ANNOTATION.ARTICLE_ID.eq(article))
                    .and(ANNOTATION.LABEL_ID.eq(labelId)).and(ANNOTATION.START_CP.eq(start))
                    .and(ANNOTATION.END_CP.eq(end)).and(ANNOTATION.ANNOTATOR_ID.eq(annotator)).limit(1)
                    .fetchOne(ANNOTATION.ID);
            long id = already != null ? already : dsl.insertInto(ANNOTATION).set(ANNOTATION.ARTICLE_ID, article)
                    .set(ANNOTATION.ANNOTATOR_ID, annotator).set(ANNOTATION.LABEL_ID, labelId)
                    .set(ANNOTATION.START_CP, start).set(ANNOTATION.END_CP, end).set(ANNOTATION.COVERED_TEXT, covered)
                    .returning(ANNOTATION.ID).fetchOne().getId();
            stored += already == null ? 1 : 0;
            ids.put(e.path("id").asString(), id);
        }
        int relations = 0;
        List<JsonNode> cues = new ArrayList<>();
        for (JsonNode r : record.path("relations")) {
            String type = r.path("type").asString("").toLowerCase(Locale.ROOT);
            if (type.equals("cue")) {
                cues.add(r);
                continue;
            }
            Long claim = ids.get(r.path("from_id").asString());
            Long source = ids.get(r.path("to_id").asString());
            if (!type.equals("attribution") || claim == null || source == null) {
                problems.add(new ImportProblem(file.toString(), lineNo, "relation " + r.path("id").asString("?") + " ("
                        + r.path("type").asString("") + ") is not imported: only Attribution and Cue between imported "
                        + "entities"));
                continue;
            }
            if (!dsl.fetchExists(ATTRIBUTION, ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(claim)
                    .and(ATTRIBUTION.SOURCE_ANNOTATION_ID.eq(source)))) {
                dsl.insertInto(ATTRIBUTION).set(ATTRIBUTION.CLAIM_ANNOTATION_ID, claim)
                        .set(ATTRIBUTION.SOURCE_ANNOTATION_ID, source).execute();
                relations++;
            }
        }
        for (JsonNode r : cues) {
            Long claim = ids.get(r.path("from_id").asString());
            Long cue = ids.get(r.path("to_id").asString());
            if (claim != null && cue != null) {
                dsl.update(ATTRIBUTION).set(ATTRIBUTION.CUE_ANNOTATION_ID, cue)
                        .where(ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(claim)).execute();
            }
        }
        dsl.update(ARTICLE).set(ARTICLE.ANNOTATION_COUNT, dsl.selectCount().from(ANNOTATION)
                .where(ANNOTATION.ARTICLE_ID.eq(article))).where(ARTICLE.ID.eq(article)).execute();
        return new int[] {stored, relations};
    }

}

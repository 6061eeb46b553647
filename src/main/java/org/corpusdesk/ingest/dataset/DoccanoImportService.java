package org.corpusdesk.ingest.dataset;


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
import org.corpusdesk.annotation.SpanRow;
import org.corpusdesk.annotation.Spans;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.ingest.ImportProblem;
import org.corpusdesk.ingest.clean.TextCleaner;
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
 * or {@code annotator}, else "doccano". Texts already stored get the spans added (moved onto a cleaned article's text
 * where their words stand there, else reported); others become articles.
 */
@Service
public class DoccanoImportService {

    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private final ImportTargets targets;
    private final AuditLog audit;
    private final TextCleaner cleaner;

    public DoccanoImportService(ImportTargets targets, AuditLog audit, TextCleaner cleaner) {
        this.targets = targets;
        this.audit = audit;
        this.cleaner = cleaner;
    }

    /** A .jsonl file whose first record is a doccano one: text with label pairs or entities, not our own export. */
    public static boolean isDoccanoFile(Path file) {
        return FirstRecord.of(file).filter(first -> {
            boolean labels = first.path("label").isArray()
                    && (first.path("label").isEmpty() || first.path("label").get(0).isArray());
            return first.isObject() && first.path("text").isString() && !first.has("content_hash")
                    && (labels || first.path("entities").isArray());
        }).isPresent();
    }


    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public DatasetImportReport importFile(Path file) throws IOException {
        ImportTarget target = targets.open();
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
                AnnotatedText onto = target.stored(text, cleaner);
                if (onto == null) {
                    String title = record.path("title").asString(record.path("meta").path("title").asString(
                            file.getFileName() + ":" + lineNo));
                    onto = AnnotatedText.same(target.newArticle(title, text, file + ":" + lineNo), text);
                    articles++;
                } else {
                    existing++;
                }
                String user = record.path("user").asString(record.path("annotator").asString("doccano"));
                int[] counts = spansAndRelations(target, file, lineNo, record, onto, user, problems);
                spans += counts[0];
                relations += counts[1];
            }
        }
        DatasetImportReport report = new DatasetImportReport(file.toString(), articles, existing, spans, relations, 0, 0,
                problems);
        audit.record(AuditAction.CREATE, "doccano_import", null, null, report);
        return report;
    }

    private int[] spansAndRelations(ImportTarget target, Path file, int lineNo, JsonNode record, AnnotatedText onto,
            String user, List<ImportProblem> problems) {
        long article = onto.article();
        String text = onto.text();
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
            AnnotatedText.Placement placed = onto.placeExactly(start, end);
            if (placed == null) {
                problems.add(new ImportProblem(file.toString(), lineNo, "entity " + e.path("id").asString("?") + " ('"
                        + Spans.slice(text, start, end) + "') is not in the stored article's text at its place"));
                continue;
            }
            ImportTarget.StoredSpan span = target.span(SpanRow.plain(article, annotator, labelId, placed.start(), placed.end(),
                    placed.there(), null));
            stored += span.added() ? 1 : 0;
            ids.put(e.path("id").asString(), span.id());
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
            relations += target.attribution(claim, source, null, null) ? 1 : 0;
        }
        for (JsonNode r : cues) {
            Long claim = ids.get(r.path("from_id").asString());
            Long cue = ids.get(r.path("to_id").asString());
            if (claim != null && cue != null) {
                target.cue(claim, cue);
            }
        }
        target.recount(article);
        return new int[] {stored, relations};
    }

}

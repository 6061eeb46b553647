package org.corpusdesk.ingest.dataset;


import java.io.IOException;
import java.io.InputStream;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports Label Studio's JSON export: an array of tasks, each with {@code data.text} and {@code annotations}, one per
 * annotator ({@code completed_by}), whose {@code result} holds {@code labels} regions ({@code value.start/end} are
 * JavaScript UTF-16 indices, converted here to code points) and {@code relation}s (Attribution: from a claim to its
 * source; Cue: from a claim to its cue). Each annotator is a layer of its own.
 */
@Service
public class LabelStudioImportService {

    private static final class Json {
        // reads the first task of the array and stops: what follows it is no trailing garbage
        static final JsonMapper MAPPER = JsonMapper.builder()
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    private final ImportTargets targets;
    private final AuditLog audit;
    private final TextCleaner cleaner;

    public LabelStudioImportService(ImportTargets targets, AuditLog audit, TextCleaner cleaner) {
        this.targets = targets;
        this.audit = audit;
        this.cleaner = cleaner;
    }

    /** A .json file holding an array whose first element is a task with data and annotations. */
    public static boolean isLabelStudioFile(Path file) {
        if (!Files.isRegularFile(file) || !file.getFileName().toString().endsWith(".json")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = Json.MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            JsonNode first = Json.MAPPER.readTree(parser);
            return first.path("data").isObject() && first.path("annotations").isArray();
        } catch (IOException | JacksonException e) {
            return false;
        }
    }

    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public DatasetImportReport importFile(Path file) throws IOException {
        ImportTarget target = targets.open();
        List<ImportProblem> problems = new ArrayList<>();
        JsonNode tasks;
        try {
            tasks = Json.MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new DatasetImportException(file + ": invalid JSON: " + e.getOriginalMessage());
        }
        int articles = 0;
        int existing = 0;
        int spans = 0;
        int relations = 0;
        int index = 0;
        for (JsonNode task : tasks) {
            index++;
            String where = "task " + task.path("id").asString(String.valueOf(index));
            String text = task.path("data").path("text").asString(null);
            if (text == null || text.isBlank()) {
                problems.add(new ImportProblem(file.toString(), null, where + ": no data.text"));
                continue;
            }
            AnnotatedText onto = target.stored(text, cleaner);
            if (onto == null) {
                String title = task.path("data").path("title").asString(file.getFileName() + " " + where);
                onto = AnnotatedText.same(target.newArticle(title, text, file + "#" + where), text);
                articles++;
            } else {
                existing++;
            }
            for (JsonNode annotation : task.path("annotations")) {
                int[] counts = layer(target, file, where, onto, annotation, problems);
                spans += counts[0];
                relations += counts[1];
            }
            target.recount(onto.article());
        }
        DatasetImportReport report = new DatasetImportReport(file.toString(), articles, existing, spans, relations, 0, 0,
                problems);
        audit.record(AuditAction.CREATE, "label_studio_import", null, null, report);
        return report;
    }

    /** One annotator's annotation of a task: returns {spans, relations} stored. */
    private int[] layer(ImportTarget target, Path file, String where, AnnotatedText onto, JsonNode annotation,
            List<ImportProblem> problems) {
        long article = onto.article();
        String text = onto.text();
        JsonNode by = annotation.path("completed_by");
        String user = by.isObject() ? by.path("email").asString(by.path("id").asString("label-studio"))
                : by.isMissingNode() || by.isNull() ? "label-studio" : "label-studio-" + by.asString();
        long annotator = target.user(user);
        Map<String, Long> ids = new HashMap<>();
        List<JsonNode> links = new ArrayList<>();
        int stored = 0;
        for (JsonNode r : annotation.path("result")) {
            if (r.path("type").asString("").equals("relation")) {
                links.add(r);
                continue;
            }
            JsonNode v = r.path("value");
            JsonNode labels = v.path("labels");
            if (!v.has("start") || !labels.isArray() || labels.isEmpty()) {
                continue;
            }
            int start16 = v.path("start").asInt(-1);
            int end16 = v.path("end").asInt(-1);
            if (start16 < 0 || end16 <= start16 || end16 > text.length()) {
                problems.add(new ImportProblem(file.toString(), null, where + ": region " + r.path("id").asString("?")
                        + " (" + start16 + "–" + end16 + ") does not fit the text of " + text.length() + " UTF-16 units"));
                continue;
            }
            // Label Studio counts UTF-16 units (JavaScript); spans here count code points
            int start = text.codePointCount(0, start16);
            int end = text.codePointCount(0, end16);
            String covered = Spans.slice(text, start, end);
            if (v.has("text") && !v.path("text").asString().equals(covered)) {
                problems.add(new ImportProblem(file.toString(), null, where + ": region " + r.path("id").asString("?")
                        + " reads '" + covered + "' in the text, not '" + v.path("text").asString() + "'"));
                continue;
            }
            String label = labels.get(0).asString();
            long labelId = target.label(label, ImportTarget.kindOf(label));
            AnnotatedText.Placement placed = onto.placeExactly(start, end);
            if (placed == null) {
                problems.add(new ImportProblem(file.toString(), null, where + ": region " + r.path("id").asString("?")
                        + " ('" + covered + "') is not in the stored article's text at its place"));
                continue;
            }
            ImportTarget.StoredSpan span = target.span(SpanRow.plain(article, annotator, labelId, placed.start(), placed.end(),
                    placed.there(), null));
            stored += span.added() ? 1 : 0;
            ids.put(r.path("id").asString(), span.id());
        }
        int relations = 0;
        List<JsonNode> cues = new ArrayList<>();
        for (JsonNode link : links) {
            String type = link.path("labels").path(0).asString("").toLowerCase(Locale.ROOT);
            Long from = ids.get(link.path("from_id").asString());
            Long to = ids.get(link.path("to_id").asString());
            if (type.equals("cue") && from != null && to != null) {
                cues.add(link);
            } else if (type.equals("attribution") && from != null && to != null) {
                relations += target.attribution(from, to, null, null) ? 1 : 0;
            } else {
                problems.add(new ImportProblem(file.toString(), null, where + ": relation " + link.path("from_id").asString()
                        + " → " + link.path("to_id").asString() + " (" + type + ") is not imported: only Attribution "
                        + "and Cue between imported regions"));
            }
        }
        for (JsonNode link : cues) {
            target.cue(ids.get(link.path("from_id").asString()), ids.get(link.path("to_id").asString()));
        }
        return new int[] {stored, relations};
    }
}

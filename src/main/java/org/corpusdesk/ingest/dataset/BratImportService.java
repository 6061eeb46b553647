package org.corpusdesk.ingest.dataset;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corpusdesk.annotation.SpanRow;
import org.corpusdesk.annotation.Spans;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.ingest.ImportProblem;
import org.corpusdesk.export.format.BratAnn;
import org.corpusdesk.ingest.clean.TextCleaner;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports brat standoff folders (NAME.txt + NAME.ann, any depth), e.g. annotated in brat or INCEpTION. When the
 * text is already an article here (same clean text), the annotations are added to it, so our own brat export
 * comes back onto its articles; otherwise a new article is made from the text. T lines become spans (code-point
 * offsets, as brat counts; a discontinuous one keeps its fragments), R lines "Attribution" (claim → source) and
 * "Cue" (claim → cue) attributions, E lines "Attribution:T4 Content:T3 Cue:T2 Source:T1" attributions with their
 * trigger (an event without a source is a claim attributed to nobody), A lines the span's attributes and
 * AnnotatorNotes ("key=value; …", as our export writes them, or free text) its fields; the roles and relation types
 * are {@link BratMapping}'s. What cannot be kept is reported with file and line. Spans already present (same label, offsets, annotator) are not doubled.
 * Each annotator's file is that annotator's layer (see {@link BratFiles} for the layouts).
 */
@Service
public class BratImportService {

    private static final ObjectMapper ATTRIBUTES = JsonMapper.builder().build();

    private final ImportTargets targets;
    private final BratMapping mapping;
    private final AuditLog audit;
    private final TextCleaner cleaner;

    public BratImportService(ImportTargets targets, BratMapping mapping, AuditLog audit, TextCleaner cleaner) {
        this.targets = targets;
        this.mapping = mapping;
        this.audit = audit;
        this.cleaner = cleaner;
    }

    /** A folder holding at least one .ann file (at any depth). */
    public static boolean isBratFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(p -> p.toString().endsWith(".ann"));
        } catch (IOException e) {
            return false;
        }
    }

    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public DatasetImportReport importFolder(Path dir) throws IOException {
        return importFolder(dir, ImportProgress.NONE);
    }

    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public DatasetImportReport importFolder(Path dir, ImportProgress progress) throws IOException {
        ImportTarget target = targets.open();
        List<ImportProblem> problems = new ArrayList<>();
        int articles = 0;
        int existing = 0;
        int spans = 0;
        int relations = 0;
        Map<Path, AnnotatedText> targets = new HashMap<>();
        List<BratFiles.Annotated> found = BratFiles.find(dir);
        int done = 0;
        for (BratFiles.Annotated file : found) {
            progress.filesDone(done++, found.size(), spans);
            Path ann = file.ann();
            Path txt = file.txt();
            if (txt == null) {
                String name = ann.getFileName().toString().replaceAll("\\.ann$", "");
                problems.add(new ImportProblem(ann.toString(), null, "no " + name + ".txt beside it or in a sibling folder"
                        + (name.contains("_") ? ", nor " + name.replaceAll("_[^_]*$", "") + ".txt for an annotator's file"
                        : "")));
                continue;
            }
            String text = Files.readString(txt, StandardCharsets.UTF_8);
            AnnotatedText onto = targets.get(txt);
            if (onto == null) {
                onto = target.stored(text, cleaner);
                if (onto == null) {
                    onto = AnnotatedText.same(target.newArticle(txt.getFileName().toString().replaceAll("\\.txt$", ""),
                            text, txt.toString()), text);
                    articles++;
                } else {
                    existing++;
                }
                targets.put(txt, onto);
            }
            int[] counts = importAnn(target, ann, onto, text, file.annotator(), problems);
            spans += counts[0];
            relations += counts[1];
        }
        DatasetImportReport report = new DatasetImportReport(dir.toString(), articles, existing, spans, relations, 0, 0,
                problems);
        audit.record(AuditAction.CREATE, "brat_import", null, null, report);
        return report;
    }

    /** Returns {spans, relations} imported from one .ann file. */
    private int[] importAnn(ImportTarget target, Path ann, AnnotatedText onto, String text, String fileAnnotator,
            List<ImportProblem> problems) throws IOException {
        long article = onto.article();
        String file = ann.toString();
        BratAnn parsed = BratAnn.parse(Files.readAllLines(ann, StandardCharsets.UTF_8));
        parsed.unreadable.forEach(u -> problems.add(new ImportProblem(file, u.line(), u.message())));
        Map<String, Map<String, String>> notes = new HashMap<>();
        parsed.notes.forEach(n -> notes.put(n.target(), parseNote(n.text())));
        Map<String, Map<String, Object>> attributes = new HashMap<>();
        for (BratAnn.Attribute a : parsed.attributes) {
            if (a.target().startsWith("T")) {
                attributes.computeIfAbsent(a.target(), t -> new TreeMap<>()).put(a.name(), a.value() == null ? Boolean.TRUE
                        : a.value());
            } else {
                problems.add(new ImportProblem(file, a.line(), a.id() + ": an attribute of " + a.target()
                        + " is not kept (only attributes of text-bound annotations are)"));
            }
        }
        int textLength = Spans.codePointLength(text);
        Map<String, Long> ids = new HashMap<>();
        int added = 0;
        for (BratAnn.TextBound t : parsed.textBounds) {
            Placed placed = place(t, onto, text, textLength, file, problems);
            if (placed == null) {
                continue;
            }
            Map<String, String> n = notes.getOrDefault(t.id(), Map.of());
            long annotator = target.user(n.getOrDefault("annotator", fileAnnotator != null ? fileAnnotator : "imported"));
            long label = target.label(t.type(), ImportTarget.kindOf(t.type()));
            Map<String, Object> attrs = attributes.get(t.id());
            ImportTarget.StoredSpan span = target.span(new SpanRow(null, article, annotator, label, placed.start(),
                    placed.end(), placed.covered(), placed.fragments(), target.claimType(n.get("claim_type")),
                    figure(n.get("figure")), n.get("figure_unit"), n.get("figure_qualifier"),
                    target.verdict(n.get("verdict")), n.get("note"), null, null,
                    attrs == null ? null : ATTRIBUTES.writeValueAsString(attrs)));
            ids.put(t.id(), span.id());
            added += span.added() ? 1 : 0;
        }
        int relations = 0;
        for (BratAnn.Relation r : parsed.relations) {
            Long claim = ids.get(r.arg1());
            Long other = ids.get(r.arg2());
            BratMapping.Part part = mapping.relation(r.type());
            if (part == BratMapping.Part.OTHER) {
                problems.add(new ImportProblem(file, r.line(), r.id() + ": relation type '" + r.type()
                        + "' is not imported (attributions are " + mapping.attributionRelation() + " and "
                        + mapping.cueRelation() + " relations)"));
            } else if (claim == null || other == null) {
                problems.add(new ImportProblem(file, r.line(), r.id() + ": argument " + r.arg1() + " or " + r.arg2()
                        + " is not an imported span"));
            } else if (part == BratMapping.Part.CUE) {
                // the cue belongs to the claim's attribution (written on the line before it)
                target.cue(claim, other);
            } else {
                relations += target.attribution(claim, other, null, null) ? 1 : 0;
            }
        }
        for (BratAnn.Event event : parsed.events) {
            relations += attribution(target, file, event, ids, problems);
        }
        target.recount(article);
        return new int[] {added, relations};
    }

    /** A T line placed on the stored article's text: its outer range, covered text and fragments ("s e;s e"). */
    private record Placed(int start, int end, String covered, String fragments) {
    }

    /** Where a T line's span goes in the stored text, or null (with the problem recorded) when it does not fit. */
    private static Placed place(BratAnn.TextBound t, AnnotatedText onto, String text, int textLength, String file,
            List<ImportProblem> problems) {
        int start = t.start();
        int end = t.end();
        if (start < 0 || end <= start || end > textLength
                || t.ranges().stream().anyMatch(r -> r[0] < 0 || r[1] <= r[0] || r[1] > textLength)) {
            problems.add(new ImportProblem(file, t.line(), t.id() + ": offsets " + start + " " + end
                    + " outside the text (" + textLength + " code points)"));
            return null;
        }
        String covered = Spans.slice(text, start, end);
        if (!t.fragmented() && t.text() != null && !covered.equals(t.text())) {
            problems.add(new ImportProblem(file, t.line(), t.id() + ": text[" + start + ":" + end + "] is '" + covered
                    + "', not '" + t.text() + "' (offsets must be code points)"));
            return null;
        }
        List<int[]> ranges = t.ranges();
        if (onto.map() != null) {
            // the stored article is a cleaned version of this text: move the span onto it, and keep it only where
            // exactly its text stands there
            if (t.fragmented()) {
                List<int[]> moved = new ArrayList<>();
                for (int[] f : ranges) {
                    AnnotatedText.Placement p = onto.placeExactly(f[0], f[1]);
                    if (p == null) {
                        problems.add(new ImportProblem(file, t.line(), t.id() + ": a fragment of this discontinuous "
                                + "span is not in the stored article's text at its place"));
                        return null;
                    }
                    moved.add(new int[] {p.start(), p.end()});
                }
                ranges = moved;
            }
            AnnotatedText.Placement placed = onto.place(start, end);
            String there = placed.there();
            if (!covered.equals(there)) {
                problems.add(new ImportProblem(file, t.line(), t.id() + ": '" + abbreviated(covered)
                        + "' is not in the stored article's text" + (there == null ? " (cleaning removed it)"
                        : " at its place (it reads '" + abbreviated(there) + "' there)")));
                return null;
            }
            start = placed.start();
            end = placed.end();
        }
        String fragments = null;
        if (t.fragmented()) {
            StringBuilder joined = new StringBuilder();
            for (int[] f : ranges) {
                joined.append(joined.isEmpty() ? "" : ";").append(f[0]).append(' ').append(f[1]);
            }
            fragments = joined.toString();
        }
        return new Placed(start, end, covered, fragments);
    }

    /**
     * The attributions of an event: its claim, source (none when the event names none) and cue arguments by the
     * mapping's roles, and its trigger; returns how many new ones were stored.
     */
    private int attribution(ImportTarget target, String file, BratAnn.Event event, Map<String, Long> ids,
            List<ImportProblem> problems) {
        List<String> claims = new ArrayList<>();
        String source = null;
        String cue = null;
        for (BratAnn.Argument arg : event.arguments()) {
            switch (mapping.role(arg.role())) {
                case CLAIM -> claims.add(arg.id());
                case SOURCE -> source = source == null ? arg.id() : source;
                case CUE -> cue = cue == null ? arg.id() : cue;
                case OTHER -> problems.add(new ImportProblem(file, event.line(), event.id() + ": role '" + arg.role()
                        + "' is none of " + mapping.describe() + "; it is not kept"));
            }
        }
        if (claims.isEmpty()) {
            problems.add(new ImportProblem(file, event.line(), event.id() + ": event " + event.type() + " has no claim "
                    + "argument (roles: " + mapping.describe() + "), so it is no attribution and is not kept"));
            return 0;
        }
        List<String> arguments = new ArrayList<>(claims);
        arguments.addAll(java.util.Arrays.asList(source, cue, event.trigger()));
        for (String argument : arguments) {
            if (argument != null && ids.get(argument) == null) {
                problems.add(new ImportProblem(file, event.line(), event.id() + ": argument " + argument
                        + " is not an imported span"));
                return 0;
            }
        }
        // several claims (Content, Content2, …) of one event: an attribution each, sharing source, cue and trigger
        int stored = 0;
        for (String claim : claims) {
            stored += target.attribution(ids.get(claim), source == null ? null : ids.get(source),
                    cue == null ? null : ids.get(cue), ids.get(event.trigger())) ? 1 : 0;
        }
        return stored;
    }

    /** "key=value; key=value" as our export writes notes; anything else is a free-text note. */
    static Map<String, String> parseNote(String note) {
        Map<String, String> out = new HashMap<>();
        for (String part : note.split(";\\s*")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().matches("[a-z_]+")) {
                out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            } else if (!part.isBlank()) {
                out.merge("note", part.strip(), (a, b) -> a + "; " + b);
            }
        }
        return out;
    }

    private static String abbreviated(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    private static BigDecimal figure(String value) {
        try {
            return value == null ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }


}

package org.corpusdesk.ingest.dataset;

import static org.corpusdesk.jooq.Tables.ANNOTATION;
import static org.corpusdesk.jooq.Tables.ATTRIBUTION;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.corpusdesk.annotation.Spans;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.ingest.ImportProblem;
import org.corpusdesk.ingest.clean.TextCleaner;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports brat standoff folders (NAME.txt + NAME.ann, any depth), e.g. annotated in brat or INCEpTION. When the
 * text is already an article here (same clean text), the annotations are added to it, so our own brat export
 * comes back onto its articles; otherwise a new article is made from the text. T lines become spans (code-point
 * offsets, as brat counts), R lines "Attribution" (claim → source) and "Cue" (claim → cue) attributions, and
 * E lines "Attribution:T4 Content:T3 Cue:T2 Source:T1" attributions (claim from Content or Claim, source, cue), and
 * AnnotatorNotes ("key=value; …", as our export writes them, or free text) attributes. Other line types are
 * reported with file and line, and skipped. Spans already present (same label, offsets, annotator) are not doubled.
 * Each annotator's file is that annotator's layer (see {@link BratFiles} for the layouts).
 */
@Service
public class BratImportService {

    private final DSLContext dsl;
    private final AuditLog audit;
    private final TextCleaner cleaner;

    public BratImportService(DSLContext dsl, AuditLog audit, TextCleaner cleaner) {
        this.dsl = dsl;
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

    /** A T line: label, outer range, its text, the fragments of a discontinuous span ("s e;s e", else null). */
    private record Span(String label, int start, int end, String text, String fragments, int line) {
    }

    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public DatasetImportReport importFolder(Path dir) throws IOException {
        return importFolder(dir, Progress.NONE);
    }

    /** Told after each .ann file: how many are done of how many, and the spans so far. */
    public interface Progress {
        Progress NONE = (done, files, spans) -> {
        };

        void annFileDone(int done, int files, int spans);
    }

    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public DatasetImportReport importFolder(Path dir, Progress progress) throws IOException {
        ImportTarget target = new ImportTarget(dsl);
        List<ImportProblem> problems = new ArrayList<>();
        int articles = 0;
        int existing = 0;
        int spans = 0;
        int relations = 0;
        Map<Path, AnnotatedText> targets = new HashMap<>();
        List<BratFiles.Annotated> found = BratFiles.find(dir);
        int done = 0;
        for (BratFiles.Annotated file : found) {
            progress.annFileDone(done++, found.size(), spans);
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
        Map<String, Span> spans = new HashMap<>();
        Map<String, Map<String, String>> notes = new HashMap<>();
        List<String[]> rels = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
        int textLength = Spans.codePointLength(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            char kind = line.charAt(0);
            if (kind == 'T' && parts.length >= 2) {
                String[] info = parts[1].split(" ", 2);
                try {
                    int start = Integer.MAX_VALUE;
                    int end = -1;
                    List<int[]> ranges = new ArrayList<>();
                    for (String range : info[1].split(";")) {
                        String[] se = range.strip().split(" ");
                        ranges.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                        start = Math.min(start, Integer.parseInt(se[0]));
                        end = Math.max(end, Integer.parseInt(se[1]));
                    }
                    if (start < 0 || end <= start || end > textLength) {
                        problems.add(new ImportProblem(ann.toString(), lineNo, parts[0] + ": offsets " + start + " " + end
                                + " outside the text (" + textLength + " code points)"));
                        continue;
                    }
                    boolean fragmented = info[1].contains(";");
                    String covered = Spans.slice(text, start, end);
                    if (!fragmented && parts.length >= 3 && !covered.equals(parts[2])) {
                        problems.add(new ImportProblem(ann.toString(), lineNo, parts[0] + ": text[" + start + ":" + end
                                + "] is '" + covered + "', not '" + parts[2] + "' (offsets must be code points)"));
                        continue;
                    }
                    if (fragmented && onto.map() != null) {
                        List<int[]> moved = new ArrayList<>();
                        for (int[] f : ranges) {
                            AnnotatedText.Placement p = onto.placeExactly(f[0], f[1]);
                            if (p == null) {
                                moved = null;
                                break;
                            }
                            moved.add(new int[] {p.start(), p.end()});
                        }
                        if (moved == null) {
                            problems.add(new ImportProblem(ann.toString(), lineNo, parts[0] + ": a fragment of this "
                                    + "discontinuous span is not in the stored article's text at its place"));
                            continue;
                        }
                        ranges = moved;
                    }
                    if (onto.map() != null) {
                        // the stored article is a cleaned version of this text: move the span onto it, and keep it
                        // only where exactly its text stands there
                        AnnotatedText.Placement placed = onto.place(start, end);
                        String there = placed.there();
                        if (!covered.equals(there)) {
                            problems.add(new ImportProblem(ann.toString(), lineNo, parts[0] + ": '" + abbreviated(covered)
                                    + "' is not in the stored article's text"
                                    + (there == null ? " (cleaning removed it)" : " at its place (it reads '"
                                    + abbreviated(there) + "' there)")));
                            continue;
                        }
                        start = placed.start();
                        end = placed.end();
                    }
                    String fragments = null;
                    if (fragmented) {
                        StringBuilder joined = new StringBuilder();
                        for (int[] f : ranges) {
                            joined.append(joined.isEmpty() ? "" : ";").append(f[0]).append(' ').append(f[1]);
                        }
                        fragments = joined.toString();
                    }
                    spans.put(parts[0], new Span(info[0], start, end, covered, fragments, lineNo));
                } catch (RuntimeException e) {
                    problems.add(new ImportProblem(ann.toString(), lineNo, parts[0] + ": cannot read '" + parts[1] + "'"));
                }
            } else if (kind == 'R' && parts.length >= 2) {
                String[] r = parts[1].split(" ");
                if (r.length < 3) {
                    problems.add(new ImportProblem(ann.toString(), lineNo, "cannot read relation '" + parts[1] + "'"));
                } else {
                    rels.add(new String[] {r[0], r[1].replaceFirst("^Arg1:", ""), r[2].replaceFirst("^Arg2:", ""),
                            String.valueOf(lineNo)});
                }
            } else if (kind == 'E' && parts.length >= 2) {
                // "Attribution:T4 Content:T3 Cue:T2 Source:T1": the trigger, then role:argument pairs
                Map<String, String> roles = new HashMap<>();
                for (String arg : parts[1].strip().split(" ")) {
                    int colon = arg.indexOf(':');
                    if (colon > 0) {
                        roles.putIfAbsent(arg.substring(0, colon).toLowerCase(Locale.ROOT), arg.substring(colon + 1));
                    }
                }
                events.add(new Event(parts[0], roles, lineNo));
            } else if (kind == '#' && parts.length >= 3 && parts[1].startsWith("AnnotatorNotes ")) {
                notes.put(parts[1].substring("AnnotatorNotes ".length()).strip(), parseNote(parts[2]));
            } else {
                problems.add(new ImportProblem(ann.toString(), lineNo, "line type '" + parts[0]
                        + "' is not imported (only T, R, E and AnnotatorNotes)"));
            }
        }
        Map<String, Long> ids = new HashMap<>();
        for (Map.Entry<String, Span> e : spans.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            Span s = e.getValue();
            Map<String, String> n = notes.getOrDefault(e.getKey(), Map.of());
            long annotator = target.user(n.getOrDefault("annotator", fileAnnotator != null ? fileAnnotator : "imported"));
            long label = target.label(s.label(), ImportTarget.kindOf(s.label()));
            Long already = dsl.select(ANNOTATION.ID).from(ANNOTATION).where(ANNOTATION.ARTICLE_ID.eq(article))
                    .and(ANNOTATION.LABEL_ID.eq(label)).and(ANNOTATION.START_CP.eq(s.start()))
                    .and(ANNOTATION.END_CP.eq(s.end())).and(ANNOTATION.ANNOTATOR_ID.eq(annotator))
                    .limit(1).fetchOne(ANNOTATION.ID);
            if (already != null) {
                ids.put(e.getKey(), already);
                continue;
            }
            ids.put(e.getKey(), dsl.insertInto(ANNOTATION)
                    .set(ANNOTATION.ARTICLE_ID, article).set(ANNOTATION.ANNOTATOR_ID, annotator)
                    .set(ANNOTATION.LABEL_ID, label).set(ANNOTATION.START_CP, s.start()).set(ANNOTATION.END_CP, s.end())
                    .set(ANNOTATION.COVERED_TEXT, s.text())
                    .set(ANNOTATION.FRAGMENTS, s.fragments())
                    .set(ANNOTATION.CLAIM_TYPE_ID, target.claimType(n.get("claim_type")))
                    .set(ANNOTATION.FIGURE, figure(n.get("figure")))
                    .set(ANNOTATION.FIGURE_UNIT, n.get("figure_unit"))
                    .set(ANNOTATION.FIGURE_QUALIFIER, n.get("figure_qualifier"))
                    .set(ANNOTATION.VERDICT_ID, target.verdict(n.get("verdict")))
                    .set(ANNOTATION.NOTE, n.get("note"))
                    .returning(ANNOTATION.ID).fetchOne().getId());
        }
        int added = (int) spans.keySet().stream().filter(ids::containsKey).count();
        int relations = 0;
        for (String[] r : rels) {
            Long claim = ids.get(r[1]);
            Long other = ids.get(r[2]);
            if (claim == null || other == null) {
                problems.add(new ImportProblem(ann.toString(), Integer.parseInt(r[3]), r[0] + ": argument " + r[1] + " or "
                        + r[2] + " is not an imported span"));
                continue;
            }
            if (r[0].equalsIgnoreCase("Cue")) {
                // the cue belongs to the claim's attribution (written on the line before it)
                dsl.update(ATTRIBUTION).set(ATTRIBUTION.CUE_ANNOTATION_ID, other)
                        .where(ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(claim)).execute();
            } else if (r[0].equalsIgnoreCase("Attribution")) {
                if (!dsl.fetchExists(ATTRIBUTION, ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(claim)
                        .and(ATTRIBUTION.SOURCE_ANNOTATION_ID.eq(other)))) {
                    dsl.insertInto(ATTRIBUTION).set(ATTRIBUTION.CLAIM_ANNOTATION_ID, claim)
                            .set(ATTRIBUTION.SOURCE_ANNOTATION_ID, other).execute();
                    relations++;
                }
            } else {
                problems.add(new ImportProblem(ann.toString(), Integer.parseInt(r[3]), "relation type '" + r[0]
                        + "' is not imported (only Attribution and Cue)"));
            }
        }
        for (Event event : events) {
            relations += attribution(ann, event, ids, problems);
        }
        target.recount(article);
        return new int[] {added, relations};
    }

    /** An E line: its id, its roles (lower case) to argument ids, and its line. */
    private record Event(String id, Map<String, String> roles, int line) {
    }

    /** Roles of an attribution event: the claim (brat corpora call it Content), its source and its cue. */
    private static final List<String> CLAIM_ROLES = List.of("content", "claim", "message", "quote");

    /** One attribution from an event; 1 when a new one was stored. */
    private int attribution(Path ann, Event event, Map<String, Long> ids, List<ImportProblem> problems) {
        Long claim = CLAIM_ROLES.stream().map(event.roles()::get).filter(java.util.Objects::nonNull).map(ids::get)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Long source = event.roles().get("source") == null ? null : ids.get(event.roles().get("source"));
        Long cue = event.roles().get("cue") == null ? null : ids.get(event.roles().get("cue"));
        if (claim == null || source == null) {
            problems.add(new ImportProblem(ann.toString(), event.line(), event.id() + ": an attribution needs a "
                    + "Content (or Claim) and a Source argument that are imported spans; it has "
                    + String.join(", ", new java.util.TreeSet<>(event.roles().keySet()))));
            return 0;
        }
        Long existing = dsl.select(ATTRIBUTION.ID).from(ATTRIBUTION).where(ATTRIBUTION.CLAIM_ANNOTATION_ID.eq(claim)
                .and(ATTRIBUTION.SOURCE_ANNOTATION_ID.eq(source))).fetchOne(ATTRIBUTION.ID);
        if (existing != null) {
            if (cue != null) {
                dsl.update(ATTRIBUTION).set(ATTRIBUTION.CUE_ANNOTATION_ID, cue).where(ATTRIBUTION.ID.eq(existing)).execute();
            }
            return 0;
        }
        dsl.insertInto(ATTRIBUTION).set(ATTRIBUTION.CLAIM_ANNOTATION_ID, claim).set(ATTRIBUTION.SOURCE_ANNOTATION_ID, source)
                .set(ATTRIBUTION.CUE_ANNOTATION_ID, cue).execute();
        return 1;
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

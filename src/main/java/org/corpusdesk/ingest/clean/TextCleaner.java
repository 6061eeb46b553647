package org.corpusdesk.ingest.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Removes scraping boilerplate from normalised text (LF line ends, NFC), line by line, so paragraphs stay.
 * Pattern rules come from cleaning-rules.txt; the context rules that need to see neighbouring lines are here.
 */
@Component
public class TextCleaner {

    static final int HEADLINE_MAX_WORDS = 25;
    static final int HEADLINE_MAX_CHARS = 200;
    static final int REPEATED_LINE_MIN_CHARS = 20;
    private static final int BYLINE_WINDOW = 4;
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s+and\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?)(?:\\s*[,|–—-].*)?$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”’]?\\s+\\p{Lu}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{P}\\s]*");

    private final List<CleaningRule> inlineRules;
    private final List<CleaningRule> lineRules;
    /** All line rules as one alternation, matched against whole lines. */
    private final Pattern line;
    /** All inline rules as one alternation (group rN is inline rule N), so each line is scanned once. */
    private final Pattern inline;
    /** A literal every inline match contains, per rule; null when some rule has none (then every line is searched). */
    private final List<String> inlineLiterals;

    public TextCleaner() {
        this(CleaningRules.load());
    }

    TextCleaner(List<CleaningRule> rules) {
        this.inlineRules = rules.stream().filter(r -> r.scope() == CleaningRule.Scope.INLINE).toList();
        this.lineRules = rules.stream().filter(r -> r.scope() == CleaningRule.Scope.LINE).toList();
        this.inline = alternation(inlineRules, "r");
        this.line = alternation(lineRules, "l");
        List<String> literals = new ArrayList<>();
        for (CleaningRule rule : inlineRules) {
            literals.add(RequiredLiteral.of(rule.pattern().pattern()));
        }
        this.inlineLiterals = literals.contains(null) ? null : List.copyOf(literals);
    }

    /** The rules as one alternation, rule N in group PREFIX+N: one pass per line, the first rule in file order wins. */
    private static Pattern alternation(List<CleaningRule> rules, String prefix) {
        if (rules.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        StringBuilder alternation = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) {
            alternation.append(i == 0 ? "" : "|").append("(?<").append(prefix).append(i).append('>')
                    .append(rules.get(i).pattern().pattern()).append(')');
        }
        return Pattern.compile(alternation.toString(), rules.get(0).pattern().flags());
    }

    private static String ruleOf(Matcher m, List<CleaningRule> rules, String prefix) {
        for (int i = 0; i < rules.size(); i++) {
            if (m.start(prefix + i) >= 0) {
                return rules.get(i).name();
            }
        }
        throw new IllegalStateException("no rule matched");
    }

    private boolean mayHaveInlineMatch(String line) {
        if (inlineLiterals == null) {
            return true;
        }
        for (String literal : inlineLiterals) {
            if (RequiredLiteral.containedIn(line, literal)) {
                return true;
            }
        }
        return false;
    }

    public CleanedText clean(String text, String givenTitle) {
        List<Removal> removals = new ArrayList<>();
        List<Line> lines = applyPatternRules(text, removals);

        String titleFromText = null;
        if (givenTitle == null || givenTitle.isBlank()) {
            titleFromText = takeTitleLine(lines, removals);
        }
        String title = titleFromText != null ? titleFromText : givenTitle;
        if (title != null) {
            dropRepeatedHeadline(lines, title, removals);
        }
        dropRepeatedLines(lines, removals);
        String author = takeByline(lines, removals);
        return new CleanedText(join(lines), titleFromText, author, List.copyOf(removals));
    }

    /** A short single-sentence line that does not end like body text: how headlines look in scraped pages. */
    static boolean looksLikeHeadline(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > HEADLINE_MAX_CHARS || s.endsWith(":") || s.endsWith(",")) {
            return false;
        }
        if (!Character.isUpperCase(s.codePointAt(0)) && !Character.isDigit(s.codePointAt(0))
                && s.codePointAt(0) != '"' && s.codePointAt(0) != '“') {
            return false;
        }
        if (SENTENCE_BREAK.matcher(s).find()) {
            return false;
        }
        return SPACES.split(s).length <= HEADLINE_MAX_WORDS;
    }

    private List<Line> applyPatternRules(String text, List<Removal> removals) {
        // non-breaking and other fixed-width spaces read as plain spaces; one for one, so offsets do not move
        String[] raw = plainSpaces(text).split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        Matcher inlineMatcher = inline.matcher("");
        Matcher lineMatcher = line.matcher("");
        for (int i = 0; i < raw.length; i++) {
            String current = raw[i];
            int lineNo = i + 1;
            boolean hadText = !current.isBlank();
            boolean cut = false;
            Matcher m = mayHaveInlineMatch(current) ? inlineMatcher.reset(current) : null;
            if (m != null && m.find()) {
                StringBuilder kept = new StringBuilder();
                do {
                    removals.add(new Removal(ruleOf(m, inlineRules, "r"), lineNo, m.group()));
                    m.appendReplacement(kept, "");
                } while (m.find());
                m.appendTail(kept);
                current = kept.toString().replaceAll(" {2,}", " ");
                cut = true;
            }
            String stripped = current.strip();
            if (hadText && (stripped.isEmpty() || cut && PUNCTUATION_ONLY.matcher(stripped).matches())) {
                continue;
            }
            String removedBy = stripped.isEmpty() || !lineMatcher.reset(stripped).matches() ? null
                    : ruleOf(lineMatcher, lineRules, "l");
            if (removedBy != null) {
                removals.add(new Removal(removedBy, lineNo, stripped));
                continue;
            }
            lines.add(new Line(lineNo, stripped));
        }
        return lines;
    }

    private static String plainSpaces(String text) {
        // indexOf is a vectorised scan: most texts have none of these and are returned as they are
        if (text.indexOf('\u00A0') < 0 && text.indexOf('\u2007') < 0 && text.indexOf('\u202F') < 0) {
            return text;
        }
        return text.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
    }

    private String takeTitleLine(List<Line> lines, List<Removal> removals) {
        int first = firstNonBlank(lines);
        if (first < 0) {
            return null;
        }
        Line candidate = lines.get(first);
        boolean echoedByBreadcrumb = removals.stream().anyMatch(r -> r.rule().equals("breadcrumb")
                && normalised(r.text()).endsWith(normalised(candidate.text())));
        boolean followedByBody = first + 1 < lines.size();
        if (followedByBody && (echoedByBreadcrumb || looksLikeHeadline(candidate.text()))) {
            lines.remove(first);
            removals.add(new Removal("title-line", candidate.number(), candidate.text()));
            return candidate.text();
        }
        return null;
    }

    private void dropRepeatedHeadline(List<Line> lines, String title, List<Removal> removals) {
        int first = firstNonBlank(lines);
        if (first >= 0 && normalised(lines.get(first).text()).equals(normalised(title))) {
            Line removed = lines.remove(first);
            removals.add(new Removal("repeated-headline", removed.number(), removed.text()));
        }
    }

    private void dropRepeatedLines(List<Line> lines, List<Removal> removals) {
        Set<String> seen = new HashSet<>();
        lines.removeIf(line -> {
            if (line.text().length() < REPEATED_LINE_MIN_CHARS) {
                return false;
            }
            if (!seen.add(line.text())) {
                removals.add(new Removal("repeated-line", line.number(), line.text()));
                return true;
            }
            return false;
        });
    }

    private String takeByline(List<Line> lines, List<Removal> removals) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < BYLINE_WINDOW; i++) {
            Line line = lines.get(i);
            if (line.text().isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = BYLINE.matcher(line.text());
            if (m.matches()) {
                lines.remove(i);
                removals.add(new Removal("byline", line.number(), line.text()));
                return m.group(1).strip();
            }
        }
        return null;
    }

    private static int firstNonBlank(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).text().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** Keeps single blank lines between paragraphs, drops the rest and any at the ends. */
    private static String join(List<Line> lines) {
        StringBuilder out = new StringBuilder(4096);
        boolean pendingBlank = false;
        for (Line line : lines) {
            if (line.text().isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(line.text());
            pendingBlank = false;
        }
        return out.toString();
    }

    static String normalised(String s) {
        return SPACES.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private record Line(int number, String text) {
    }
}

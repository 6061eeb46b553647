package org.corpusdesk.ingest.clean;

import java.util.ArrayList;
import java.util.BitSet;
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
    /** A shorter line repeated further away is more likely a list's refrain ("Winners meet in the final") than a caption. */
    static final int REPEATED_FAR_MIN_CHARS = 60;
    private static final int NEAR_LINES = 1;
    private static final int BYLINE_WINDOW = 4;
    /** "By NAME" or "BY NAME", with at most a short tail ("By Jane Doe, Staff Writer", "By J. Doe | AFP"). */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s+and\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?)(?:\\s*[,|–—-]\\s*[^.!?]{0,60})?$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<word>[\\p{L}.]*)(?<end>[.!?])[\"”’]?\\s+[\"“‘'(]?\\p{Lu}");
    /** Words a period follows without ending the sentence: "U.S. Senate", "Mr. Smith", "Jan. 5". */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "st", "gen",
            "gov", "sen", "rep", "lt", "col", "sgt", "capt", "prof", "rev", "jr", "sr", "inc", "corp", "co", "ltd",
            "no", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** A "By . NAME . PUBLISHED: . 14:11 EST, 25 October 2013 . | . UPDATED: . …" header of a page, as scraped. */
    private static final Pattern PAGE_HEADER = Pattern.compile(
            "^By\\s+\\.\\s+(?<author>[^|.\\n]{2,120}?(?:\\s+\\.\\s+and\\s+[^|.\\n]{2,120}?)?)\\s+\\.\\s+"
            + "(?:(?:PUBLISHED|Published|Last updated at)\\s*:?\\s*\\.?\\s*[^|\\n]{4,60}?\\s+\\.\\s+(?:\\|\\s+\\.\\s+)?)?"
            + "(?:(?:UPDATED|Updated)\\s*:?\\s*\\.?\\s*[^|\\n]{4,60}?\\s+\\.\\s+)?");
    private static final Pattern ESCAPED_ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX]\\p{XDigit}{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
            + "|(?<!&)#(?<lost>\\d{2,4});");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Two or more spaces inside a line, where a cut joined its two sides; indentation is left alone. */
    private static final Pattern SPACES_AFTER_CUT = Pattern.compile("(?<=\\S) {2,}");
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{P}\\s]*");

    private final List<CleaningRule> inlineRules;
    private final List<CleaningRule> lineRules;
    /** All line rules as one alternation, matched against whole lines. */
    private final Pattern line;
    /** A lower-case literal every match of inline rule N contains, or null when it has none (then always tried). */
    private final List<String> inlineLiterals;
    private final List<String> distinctLiterals;
    private final LiteralScan literalScan;

    public TextCleaner() {
        this(CleaningRules.load());
    }

    TextCleaner(List<CleaningRule> rules) {
        this.inlineRules = rules.stream().filter(r -> r.scope() == CleaningRule.Scope.INLINE).toList();
        this.lineRules = rules.stream().filter(r -> r.scope() == CleaningRule.Scope.LINE).toList();
        this.line = alternation(lineRules, "l");
        List<String> literals = new ArrayList<>();
        for (CleaningRule rule : inlineRules) {
            String literal = RequiredLiteral.of(rule.pattern().pattern());
            literals.add(literal == null ? null : literal.toLowerCase(Locale.ROOT));
        }
        this.inlineLiterals = java.util.Collections.unmodifiableList(literals);
        this.distinctLiterals = literals.stream().filter(java.util.Objects::nonNull).distinct().toList();
        this.literalScan = new LiteralScan(distinctLiterals);
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

    public CleanedText clean(String text, String givenTitle) {
        List<Removal> removals = new ArrayList<>();
        List<Line> lines = applyPatternRules(decodeEntities(text, removals), removals);
        String headerAuthor = takePageHeader(lines, removals);

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
        return new CleanedText(join(lines), titleFromText, author != null ? author : headerAuthor, List.copyOf(removals));
    }

    /** A short single-sentence line that does not end like body text: how headlines look in scraped pages. */
    public static boolean looksLikeHeadline(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > HEADLINE_MAX_CHARS || s.endsWith(":") || s.endsWith(",")) {
            return false;
        }
        int first = firstLetterOrDigit(s);
        if (first < 0) {
            return false;
        }
        int cp = s.codePointAt(first);
        int second = first + Character.charCount(cp) < s.length() ? s.codePointAt(first + Character.charCount(cp)) : ' ';
        // a capital or a figure; or a brand written "iTunes", "eBay"
        if (!Character.isUpperCase(cp) && !Character.isDigit(cp) && !(Character.isLowerCase(cp) && Character.isUpperCase(second))) {
            return false;
        }
        Matcher breaks = SENTENCE_BREAK.matcher(s);
        while (breaks.find()) {
            if (!breaks.group("end").equals(".") || !isAbbreviation(breaks.group("word"))) {
                return false;
            }
        }
        return SPACES.split(s).length <= HEADLINE_MAX_WORDS;
    }

    /** The first letter or digit after leading quotes, brackets and other punctuation ("'U.S.' …", "…and then"). */
    private static int firstLetterOrDigit(String s) {
        for (int i = 0; i < s.length() && i < 6; i = s.offsetByCodePoints(i, 1)) {
            if (Character.isLetterOrDigit(s.codePointAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "U.S", "U.K", "Mr", "Jan": a word a period may follow inside a sentence. */
    private static boolean isAbbreviation(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (w.isEmpty()) {
            return false;
        }
        return w.matches("(?:\\p{Lu}\\.)*\\p{Lu}") || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }

    private List<Line> applyPatternRules(String text, List<Removal> removals) {
        // non-breaking and other fixed-width spaces read as plain spaces; one for one, so offsets do not move
        String spaced = plainSpaces(text);
        String[] raw = spaced.split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        // per inline rule, the lines holding its literal, found in one pass: most articles hold no literal of most
        // rules, and a line is only searched by the rules it holds a literal of
        BitSet[] holdingLiteral = literalScan.lines(spaced);
        Matcher[] inlineMatchers = new Matcher[inlineRules.size()];
        BitSet[] linesWith = new BitSet[inlineRules.size()];
        for (int r = 0; r < inlineMatchers.length; r++) {
            BitSet holding;
            if (inlineLiterals.get(r) == null) {
                holding = new BitSet();
                holding.set(0, raw.length);
            } else {
                holding = holdingLiteral[distinctLiterals.indexOf(inlineLiterals.get(r))];
            }
            if (!holding.isEmpty()) {
                inlineMatchers[r] = inlineRules.get(r).pattern().matcher("");
                linesWith[r] = holding;
            }
        }
        Matcher lineMatcher = line.matcher("");
        for (int i = 0; i < raw.length; i++) {
            String current = raw[i];
            int lineNo = i + 1;
            boolean hadText = !current.isBlank();
            boolean cut = false;
            // each inline rule, in file order, only on lines holding its literal: most lines hold none
            for (int r = 0; r < inlineMatchers.length; r++) {
                if (inlineMatchers[r] == null || !linesWith[r].get(i)) {
                    continue;
                }
                Matcher m = inlineMatchers[r].reset(current);
                if (!m.find()) {
                    continue;
                }
                StringBuilder kept = new StringBuilder();
                do {
                    removals.add(new Removal(inlineRules.get(r).name(), lineNo, m.group()));
                    m.appendReplacement(kept, "");
                } while (m.find());
                m.appendTail(kept);
                current = kept.toString();
                cut = true;
            }
            if (cut) {
                current = SPACES_AFTER_CUT.matcher(current).replaceAll(" ");
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
            // leading indentation stays: it is the layout of fixed-width tables and of indented quotations
            lines.add(new Line(lineNo, stripped.isEmpty() ? "" : current.stripTrailing()));
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
        String headline = candidate.text().strip();
        boolean echoedByBreadcrumb = removals.stream().anyMatch(r -> r.rule().equals("breadcrumb")
                && normalised(r.text()).endsWith(normalised(headline)));
        boolean followedByBody = first + 1 < lines.size();
        if (followedByBody && (echoedByBreadcrumb || looksLikeHeadline(headline))) {
            lines.remove(first);
            removals.add(new Removal("title-line", candidate.number(), headline));
            return headline;
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

    /**
     * A caption or promo line repeated verbatim is kept once. Only a whole line of its own counts: a line of a
     * wrapped paragraph (it or its neighbour continues a sentence across the line break) and a table row stay.
     */
    private void dropRepeatedLines(List<Line> lines, List<Removal> removals) {
        Set<String> seen = new HashSet<>();
        List<Line> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            // the cheap test first: most lines are not repeated, and their layout need not be looked at
            boolean repeated = text.length() >= REPEATED_LINE_MIN_CHARS && !seen.add(text);
            if (repeated && (text.length() >= REPEATED_FAR_MIN_CHARS || repeatsJustAbove(lines, i))
                    && !looksLikeTableRow(text)
                    && !continues(i > 0 ? lines.get(i - 1).text() : "", text)
                    && !continues(text, i + 1 < lines.size() ? lines.get(i + 1).text() : "")) {
                removals.add(new Removal("repeated-line", line.number(), text));
            } else {
                kept.add(line);
            }
        }
        lines.clear();
        lines.addAll(kept);
    }

    /** Whether the non-blank line just above line {@code i} is the same line. */
    private static boolean repeatsJustAbove(List<Line> lines, int i) {
        int seen = 0;
        for (int j = i - 1; j >= 0 && seen < NEAR_LINES; j--) {
            if (lines.get(j).text().isBlank()) {
                continue;
            }
            seen++;
            if (lines.get(j).text().equals(lines.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code next} carries on the sentence of {@code line} across a line break (a wrapped paragraph). */
    private static boolean continues(String line, String next) {
        String a = line.stripTrailing();
        String b = next.strip();
        if (a.isBlank() || b.isEmpty()) {
            return false;
        }
        int last = a.codePointBefore(a.length());
        return (Character.isLetter(last) || last == ',' || last == ';' || last == '-')
                && Character.isLowerCase(b.codePointAt(0));
    }

    /** Tab or run of spaces between cells, a | border, or mostly figures: a table row. */
    static boolean looksLikeTableRow(String line) {
        String s = line.strip();
        if (s.indexOf('\t') >= 0 || s.contains("  ") || s.indexOf('|') >= 0) {
            return true;
        }
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                digits++;
            }
        }
        return digits * 10 >= s.length() * 3;
    }

    private String takeByline(List<Line> lines, List<Removal> removals) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < BYLINE_WINDOW; i++) {
            Line line = lines.get(i);
            if (line.text().isEmpty()) {
                continue;
            }
            seen++;
            Matcher m = BYLINE.matcher(line.text().strip());
            if (m.matches()) {
                lines.remove(i);
                removals.add(new Removal("byline", line.number(), line.text()));
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** HTML character references decoded, each recorded; a reference to a control character is dropped. */
    private static String decodeEntities(String text, List<Removal> removals) {
        if (text.indexOf('&') < 0 && text.indexOf('#') < 0) {
            return text;
        }
        Matcher m = ESCAPED_ENTITY.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int lineNo = 1;
        int counted = 0;
        do {
            String entity = m.group();
            String decoded = m.group("lost") != null ? decodeNumber(m.group("lost"))
                    : org.apache.commons.text.StringEscapeUtils.unescapeHtml4(entity);
            if (decoded.equals(entity)) {
                continue; // not an entity HTML knows
            }
            lineNo += countNewlines(text, counted, m.start());
            counted = m.start();
            removals.add(new Removal("html-entity", lineNo, entity));
            m.appendReplacement(out, Matcher.quoteReplacement(withoutControls(decoded)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static String decodeNumber(String digits) {
        int cp = Integer.parseInt(digits);
        return cp >= 32 && Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "#" + digits + ";";
    }

    private static String withoutControls(String s) {
        return s.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')
                ? s.codePoints().filter(c -> !Character.isISOControl(c) || c == '\n' || c == '\t')
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                : s;
    }

    private static int countNewlines(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** A "By . NAME . PUBLISHED: . … | . UPDATED: . …" header opening the first line: cut out, its author returned. */
    private static String takePageHeader(List<Line> lines, List<Removal> removals) {
        int first = firstNonBlank(lines);
        if (first < 0) {
            return null;
        }
        Line line = lines.get(first);
        Matcher m = PAGE_HEADER.matcher(line.text().strip());
        if (!m.lookingAt() || m.end() == m.regionStart() || !m.group().contains(" . ")) {
            return null;
        }
        String rest = line.text().strip().substring(m.end()).strip();
        removals.add(new Removal("page-header", line.number(), m.group().strip()));
        if (rest.isEmpty()) {
            lines.remove(first);
        } else {
            lines.set(first, new Line(line.number(), rest));
        }
        return m.group("author").replaceAll("\\s+\\.\\s+and\\s+", " and ").strip();
    }

    private static int firstNonBlank(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).text().isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Keeps single blank lines between paragraphs, drops the rest and any at the ends; removes the indentation
     * all lines share (a text indented as a whole), so that only the layout within the text stays.
     */
    private static String join(List<Line> lines) {
        int common = Integer.MAX_VALUE;
        for (Line line : lines) {
            if (!line.text().isEmpty()) {
                int indent = 0;
                while (indent < line.text().length() && Character.isWhitespace(line.text().charAt(indent))) {
                    indent++;
                }
                common = Math.min(common, indent);
            }
        }
        int dedent = common == Integer.MAX_VALUE ? 0 : common;
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
            out.append(line.text(), dedent, line.text().length());
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

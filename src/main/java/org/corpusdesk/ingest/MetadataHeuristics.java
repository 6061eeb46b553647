package org.corpusdesk.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusdesk.ingest.clean.RequiredLiteral;
import org.springframework.stereotype.Component;

/**
 * Metadata read off the clean text: a wire-style dateline ("Oct. 31 (UPI) --", "MOSCOW (Reuters) -")
 * gives dateline and outlet; a credit line ("AFP contributed reporting.") is kept as such.
 */
@Component
public class MetadataHeuristics {

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L} .'’-]{1,40}?,\\s*)?"
            + "(?<date>" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*"
            + "\\((?<outlet>\\p{Lu}[\\p{L}&.' -]{1,30})\\)\\s*(?:--|—|–|-)\\s*");
    private static final Pattern PLACE_ONLY_DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu} .'’-]{2,40})\\s*\\((?<outlet>\\p{Lu}[\\p{L}&.' -]{1,30})\\)\\s*(?:--|—|–|-)\\s*");
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:.{2,120}?)\\s+contributed\\s+(?:to\\s+)?(?:this\\s+)?(?:report|reporting|story)\\.?$",
            Pattern.CASE_INSENSITIVE);
    /** A line without this word cannot be a credit line, so the regex is not tried on it. */
    private static final String CREDIT_WORD = RequiredLiteral.of(CREDIT.pattern());

    public record Dateline(String dateline, String outlet) {
    }

    /** Lines searched for a dateline: captions and standfirsts often come before it. */
    private static final int DATELINE_WINDOW = 3;

    /** The dateline at the start of one of the first paragraphs, or null. */
    public Dateline dateline(String cleanText) {
        int seen = 0;
        for (String line : cleanText.split("\n", 20)) {
            if (line.isBlank()) {
                continue;
            }
            Dateline found = datelineOf(line);
            if (found != null) {
                return found;
            }
            if (++seen == DATELINE_WINDOW) {
                break;
            }
        }
        return null;
    }

    private static Dateline datelineOf(String first) {
        for (Pattern pattern : new Pattern[] {DATELINE, PLACE_ONLY_DATELINE}) {
            Matcher m = pattern.matcher(first);
            if (m.find() && (pattern == PLACE_ONLY_DATELINE || m.group("date") != null || m.group("place") != null)) {
                String place = m.group("place") == null ? "" : m.group("place").strip();
                String date = pattern == DATELINE && m.group("date") != null ? m.group("date") : "";
                String dateline = (place.replaceAll(",$", "") + (place.isEmpty() || date.isEmpty() ? "" : ", ") + date)
                        .strip();
                return new Dateline(dateline, m.group("outlet").strip());
            }
        }
        return null;
    }

    /** The last line that credits other reporters, or null. */
    public String creditLine(String cleanText) {
        String found = null;
        for (String line : cleanText.split("\n")) {
            String s = line.strip();
            if (RequiredLiteral.containedIn(s, CREDIT_WORD) && CREDIT.matcher(s).matches()) {
                found = s;
            }
        }
        return found;
    }
}

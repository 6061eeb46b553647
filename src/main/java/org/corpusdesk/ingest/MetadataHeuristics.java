package org.corpusdesk.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corpusdesk.ingest.clean.RequiredLiteral;
import org.springframework.stereotype.Component;

/**
 * Metadata read off the clean text: a wire-style dateline ("Oct. 31 (UPI) --", "MOSCOW (Reuters) -",
 * "(CNN) --", "AP -", "SALVADOR, Feb 26 -") gives dateline and outlet where it has them; a credit line ("AFP contributed reporting.") is kept as such.
 */
@Component
public class MetadataHeuristics {

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final String DASH = "\\s*(?:--|—|–|-)\\s*";
    private static final String OUTLET = "\\((?<outlet>\\p{Lu}[\\p{L}&.'/ -]{1,30})\\)";
    /** A place in capitals ("SEOUL/BEIJING", "ST. LOUIS"), with a state or country after a comma ("ORLANDO, Fla."). */
    private static final String CAPITAL_PLACE = "\\p{Lu}[\\p{Lu} .'’/-]{1,40}?(?:,\\s*\\p{Lu}[\\p{L}.' /]{1,40}?)?";
    /** "Oct. 31 (UPI) --", "MOSCOW, Oct 31 (Reuters) -", "(Reuters) -", "(CNN) --". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L} .'’/-]{1,40}?,\\s*)?"
            + "(?<date>" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?)?\\s*" + OUTLET + DASH);
    /** "MOSCOW (Reuters) -", "SEOUL/BEIJING (Reuters) -", "WASHINGTON, D.C. (AP) —". */
    private static final Pattern PLACE_ONLY_DATELINE = Pattern.compile("^(?<place>" + CAPITAL_PLACE + ")\\s*" + OUTLET + DASH);
    /** "Beirut (CNN) --", "Kabul, Afghanistan (CNN) --": one to three capitalised words, a country after a comma. */
    private static final String WORDS = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}";
    private static final Pattern NAMED_PLACE_DATELINE = Pattern.compile(
            "^(?<place>" + WORDS + "(?:,\\s*" + WORDS + ")?)\\s*" + OUTLET + DASH);
    /** "SALVADOR, Feb 26 -": place and date, no outlet (wire archives). */
    private static final Pattern PLACE_DATE_DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{Lu} .'’/-]{1,40}?),\\s*(?<date>" + MONTH + "\\s+\\d{1,2})" + DASH);
    /** "(Corrects paragraph 7 …)", "(This version of the story …)": an editor's note before the dateline. */
    private static final Pattern LEADING_NOTE = Pattern.compile("^\\(+[^()]{10,400}\\)+\\s*");
    /** "AP - ", "AFP --": a news agency's name and a dash opening the story. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^(?<outlet>AP|AFP|Reuters|REUTERS|UPI|dpa|DPA|Xinhua|TASS|Interfax|ANSA|EFE|PTI|IANS|Yonhap|Kyodo|CNN|BBC)"
            + "\\s+(?:--|—|–|-)\\s+");
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
            String stripped = line.strip();
            Dateline found = datelineOf(stripped);
            Matcher note = found == null ? LEADING_NOTE.matcher(stripped) : null;
            if (note != null && note.lookingAt()) {
                found = datelineOf(stripped.substring(note.end()));
            }
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
        Matcher m = DATELINE.matcher(first);
        if (m.find()) {
            String place = m.group("place") == null ? "" : m.group("place").strip().replaceAll(",$", "");
            String date = m.group("date") == null ? "" : m.group("date");
            return new Dateline(joined(place, date), m.group("outlet").strip());
        }
        m = PLACE_ONLY_DATELINE.matcher(first);
        if (m.find()) {
            return new Dateline(m.group("place").strip(), m.group("outlet").strip());
        }
        m = NAMED_PLACE_DATELINE.matcher(first);
        if (m.find()) {
            return new Dateline(m.group("place").strip(), m.group("outlet").strip());
        }
        m = PLACE_DATE_DATELINE.matcher(first);
        if (m.find()) {
            return new Dateline(joined(m.group("place").strip(), m.group("date")), null);
        }
        m = AGENCY_DATELINE.matcher(first);
        if (m.find()) {
            return new Dateline("", m.group("outlet"));
        }
        return null;
    }

    private static String joined(String place, String date) {
        return (place + (place.isEmpty() || date.isEmpty() ? "" : ", ") + date).strip();
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

package org.corpusdesk.ingest;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corpusdesk.ingest.clean.Removal;

/**
 * What an import's cleaning and metadata reading did, rule by rule, with samples: listens to an import (a dry run
 * usually) and prints the figures a user checks before trusting the cleaning on a new corpus.
 */
public class CleaningSurvey implements ImportListener {

    private final int samplesPerRule;
    private final Map<String, RuleFigures> rules = new TreeMap<>();
    /** Marks of boilerplate families a clean text should no longer hold, counted in what cleaning left. */
    private static final Map<String, String> LEFT_MARKS = leftMarks();
    private final Map<String, Integer> left = new TreeMap<>();
    private int givenTitlesLikeHeadlines;
    private int articles;
    private int titlesGiven;
    private int titlesFromText;
    private int datelines;
    private int outlets;
    private int authors;
    private int dates;
    private long rawChars;
    private long removedChars;

    public CleaningSurvey(int samplesPerRule) {
        this.samplesPerRule = samplesPerRule;
    }

    private static Map<String, String> leftMarks() {
        Map<String, String> marks = new java.util.LinkedHashMap<>();
        marks.put("image-credit", "featured image");
        marks.put("photo-credit", "/getty images");
        marks.put("tweet-picture-link", "pic.twitter.com/");
        marks.put("short-link", "https://t.co/");
        marks.put("read-more-tail", "read more:");
        marks.put("scroll-down", "scroll down for video");
        marks.put("page-header", "published: .");
        marks.put("wire-credit", "(reporting by");
        marks.put("html-entity", "&amp;");
        marks.put("html-entity (numeric)", "&#");
        marks.put("html-entity (lost &)", "#39;");
        return marks;
    }

    private static final class RuleFigures {
        int removals;
        long chars;
        final List<String> samples = new ArrayList<>();
    }

    @Override
    public void prepared(PreparedArticle a) {
        articles++;
        boolean titleFromText = false;
        for (Removal r : a.removals()) {
            RuleFigures f = rules.computeIfAbsent(r.rule(), k -> new RuleFigures());
            f.removals++;
            f.chars += r.text().length();
            removedChars += r.text().length();
            if (f.samples.size() < samplesPerRule) {
                f.samples.add(a.file() + (a.line() == null ? "" : ":" + a.line()) + " line " + r.line() + ": "
                        + abbreviated(r.text()));
            }
            titleFromText |= r.rule().equals("title-line");
        }
        rawChars += a.rawText().length();
        String clean = a.cleanText().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> mark : LEFT_MARKS.entrySet()) {
            int n = occurrences(clean, mark.getValue());
            if (n > 0) {
                left.merge(mark.getKey(), n, Integer::sum);
            }
        }
        if (!titleFromText && a.title() != null && org.corpusdesk.ingest.clean.TextCleaner.looksLikeHeadline(a.title())) {
            givenTitlesLikeHeadlines++;
        }
        if (titleFromText) {
            titlesFromText++;
        } else if (a.title() != null) {
            titlesGiven++;
        }
        datelines += a.dateline() != null ? 1 : 0;
        outlets += a.outlet() != null ? 1 : 0;
        authors += a.author() != null ? 1 : 0;
        dates += a.published() != null ? 1 : 0;
    }

    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "Cleaning of %,d articles (%,d characters of raw text, %,d removed):%n", articles,
                rawChars, removedChars);
        out.printf(Locale.ROOT, "  %-22s %9s %11s%n", "rule", "removals", "characters");
        for (Map.Entry<String, RuleFigures> e : rules.entrySet()) {
            RuleFigures f = e.getValue();
            out.printf(Locale.ROOT, "  %-22s %,9d %,11d%n", e.getKey(), f.removals, f.chars);
            for (String sample : f.samples) {
                out.println("      " + sample);
            }
        }
        out.printf(Locale.ROOT, "Boilerplate left in the clean text:%s%n", left.isEmpty() ? " none of the known marks"
                : "");
        left.forEach((family, n) -> out.printf(Locale.ROOT, "  %-22s %,9d%n", family, n));
        if (titlesGiven > 0) {
            out.printf(Locale.ROOT, "Given titles the headline detector would take from a first line: %s of %,d.%n",
                    share(givenTitlesLikeHeadlines, titlesGiven), titlesGiven);
        }
        out.printf(Locale.ROOT, "Metadata: title %s (given %,d, from the first line %,d), dateline %s, outlet %s, "
                        + "author %s, published date %s.%n", share(titlesGiven + titlesFromText), titlesGiven,
                titlesFromText, share(datelines), share(outlets), share(authors), share(dates));
        out.flush();
    }

    private String share(int n) {
        return share(n, articles);
    }

    private static String share(int n, int of) {
        return String.format(Locale.ROOT, "%,d (%.1f%%)", n, of == 0 ? 0.0 : 100.0 * n / of);
    }

    private static int occurrences(String text, String mark) {
        int n = 0;
        for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + mark.length())) {
            n++;
        }
        return n;
    }

    private static String abbreviated(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 159) + "…";
    }
}

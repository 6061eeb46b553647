package org.corpusdesk.ingest;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.corpusdesk.article.ArticleFieldLimits;
import org.corpusdesk.ingest.clean.CleanedText;
import org.corpusdesk.ingest.clean.Removal;
import org.corpusdesk.ingest.clean.TextCleaner;
import org.corpusdesk.ingest.dedupe.FoldedText;
import org.corpusdesk.ingest.dedupe.ShingleSketch;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import's pure stage: cleans an incoming article, reads its metadata and computes its content hash and
 * sketch. Thread-safe, so the importer runs it on several cores at once; storing and deduplicating happen after.
 */
@Component
public class ArticlePreparer {

    public static final int MAX_ARTICLE_CODE_POINTS = 1_000_000;
    public static final String FLAG_NEEDS_TITLE = org.corpusdesk.article.ArticleMetadata.NEEDS_TITLE;
    public static final String FLAG_MACHINE_TRANSLATED = "machine_translated";
    /** Built on first use, on the thread that first needs it: loading Jackson is no part of creating this bean. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private final TextCleaner cleaner;
    private final MetadataHeuristics heuristics;
    private final LanguageGuesser languages;

    public ArticlePreparer(TextCleaner cleaner, MetadataHeuristics heuristics, LanguageGuesser languages) {
        this.cleaner = cleaner;
        this.heuristics = heuristics;
        this.languages = languages;
    }

    public PreparedArticle prepare(IncomingArticle in) throws RejectedInputException {
        String raw = TextDecoder.normalise(in.text());
        int rawCodePoints = raw.codePointCount(0, raw.length());
        if (rawCodePoints > MAX_ARTICLE_CODE_POINTS) {
            throw new RejectedInputException("article text has " + rawCodePoints + " characters, more than the "
                    + MAX_ARTICLE_CODE_POINTS + " an article may have", in.line());
        }
        String givenTitle = in.title() == null ? null : TextDecoder.normalise(in.title()).strip();
        CleanedText cleaned = cleaner.clean(raw, givenTitle);
        String clean = cleaned.text();
        if (clean.isBlank()) {
            throw new RejectedInputException("no article text left after removing boilerplate", in.line());
        }
        String title = givenTitle != null && !givenTitle.isEmpty() ? givenTitle : cleaned.titleFromText();

        Map<String, String> extra = new LinkedHashMap<>(in.extra());
        TreeSet<String> flags = new TreeSet<>();
        if (title == null) {
            flags.add(FLAG_NEEDS_TITLE);
        }
        if (isTrue(extra.remove("machine_translated"))) {
            flags.add(FLAG_MACHINE_TRANSLATED);
        }
        MetadataHeuristics.Dateline dateline = heuristics.dateline(clean);
        String outlet = in.outlet() != null ? in.outlet() : dateline == null ? null : dateline.outlet();
        String author = in.author() != null ? in.author() : cleaned.bylineAuthor();
        PublishedDate published = PublishedDate.parse(in.published());
        List<String> warnings = List.of();
        if (published == null && in.published() != null && !in.published().isBlank()) {
            extra.put("published_unparsed", in.published());
            warnings = List.of("published date \"" + abbreviated(in.published()) + "\" is in no format we read: "
                    + "kept as published_unparsed in the extra metadata");
        }
        FoldedText folded = FoldedText.of(clean);
        String language = in.language() != null ? in.language().toLowerCase(Locale.ROOT) : languages.guess(clean);

        PreparedArticle prepared = new PreparedArticle(in.file(), in.line(), raw, clean, clean.codePointCount(0, clean.length()),
                removalsJson(cleaned.removals()), title, outlet, author, in.url(), published,
                dateline == null || dateline.dateline().isEmpty() ? null : dateline.dateline(), language,
                creditLine(clean, cleaned.removals()), String.join(",", flags),
                extra.isEmpty() ? null : Json.MAPPER.writeValueAsString(extra), folded.sha256Hex(), titleHash(title), ShingleSketch.of(folded), warnings,
                cleaned.removals());
        String tooLong = firstTooLong(prepared);
        if (tooLong != null) {
            throw new RejectedInputException(tooLong, in.line());
        }
        return prepared;
    }

    /** The first field whose value would not fit its column, as a reason for the user; null when all fit. */
    private static String firstTooLong(PreparedArticle a) {
        String[][] fields = {{"title", a.title()}, {"outlet", a.outlet()}, {"author", a.author()}, {"url", a.url()},
            {"dateline", a.dateline()}, {"language", a.language()}, {"credit line", a.creditLine()}, {"flags", a.flags()},
            {"extra metadata", a.extraJson()}, {"cleaning report", a.cleaningReportJson()}, {"file name", a.file()}};
        for (String[] f : fields) {
            String problem = ArticleFieldLimits.problem(f[0], f[1]);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** SHA-256 of the clean text with case, spacing and punctuation folded: copies that differ only there match. */
    public static String contentHash(String clean) {
        return FoldedText.of(clean).sha256Hex();
    }

    /** A credit line of the text, else the wire credits cleaning cut out ("(Reporting by …; Editing by …)"). */
    private String creditLine(String clean, List<Removal> removals) {
        String inText = heuristics.creditLine(clean);
        if (inText != null) {
            return inText;
        }
        StringBuilder credits = new StringBuilder();
        for (Removal r : removals) {
            if (r.rule().equals("wire-credit")) {
                credits.append(credits.isEmpty() ? "" : " ").append(r.text().strip());
            }
        }
        String cut = credits.toString();
        int max = org.corpusdesk.article.ArticleFieldLimits.max("credit line");
        return cut.isEmpty() ? null : cut.length() <= max ? cut : cut.substring(0, max - 1) + "…";
    }

    /**
     * The first 16 hex digits of the SHA-256 of the title folded as texts are; no title hashes as an empty one.
     * It only tells apart titles of one text, so 64 bits are plenty, and the unique index stays short.
     */
    public static String titleHash(String title) {
        return FoldedText.of(title == null ? "" : title).sha256Hex().substring(0, 16);
    }

    private static String abbreviated(String value) {
        String s = value.strip();
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    private static boolean isTrue(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes"));
    }

    private static String removalsJson(List<Removal> removals) {
        List<Map<String, Object>> list = new ArrayList<>(removals.size());
        for (Removal r : removals) {
            list.add(Map.of("rule", r.rule(), "line", r.line(), "text", r.text()));
        }
        return Json.MAPPER.writeValueAsString(list);
    }
}

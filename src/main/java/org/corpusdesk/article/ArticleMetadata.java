package org.corpusdesk.article;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** The editable metadata of an article: what the metadata form shows and what a revision records. */
public record ArticleMetadata(String title, String outlet, String author, String url, LocalDate publishedOn,
        String language, String dateline, String creditLine, Set<String> flags, ArticleStatus status,
        Long duplicateOf) {

    /** Set by import when no title was found; a title entered by hand settles it. */
    public static final String NEEDS_TITLE = "needs_title";

    public static final Set<String> KNOWN_FLAGS = Set.of("machine_translated", NEEDS_TITLE, "duplicate", "paywalled",
            "opinion");

    public ArticleMetadata {
        flags = flags == null ? Set.of() : Set.copyOf(new TreeSet<>(flags));
    }

    /** Field name → value as text, in form order; the names are those of metadata revisions. */
    public Map<String, String> asFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("outlet", outlet);
        m.put("author", author);
        m.put("url", url);
        m.put("published_on", publishedOn == null ? null : publishedOn.toString());
        m.put("language", language);
        m.put("dateline", dateline);
        m.put("credit_line", creditLine);
        m.put("flags", String.join(",", new TreeSet<>(flags)));
        m.put("status", status == null ? null : status.name());
        m.put("duplicate_of", duplicateOf == null ? null : duplicateOf.toString());
        return m;
    }

    /** Names of the fields whose values differ between this and other. */
    public Set<String> changedFields(ArticleMetadata other) {
        Map<String, String> mine = asFields();
        Map<String, String> theirs = other.asFields();
        Set<String> changed = new java.util.LinkedHashSet<>();
        for (String field : mine.keySet()) {
            if (!Objects.equals(blankToNull(mine.get(field)), blankToNull(theirs.get(field)))) {
                changed.add(field);
            }
        }
        return changed;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Re-applying after a conflict: their version, with the fields I changed (from base) set to my values. */
    public static ArticleMetadata reapply(ArticleMetadata base, ArticleMetadata mine, ArticleMetadata theirs) {
        var changed = base.changedFields(mine);
        return new ArticleMetadata(
                changed.contains("title") ? mine.title() : theirs.title(),
                changed.contains("outlet") ? mine.outlet() : theirs.outlet(),
                changed.contains("author") ? mine.author() : theirs.author(),
                changed.contains("url") ? mine.url() : theirs.url(),
                changed.contains("published_on") ? mine.publishedOn() : theirs.publishedOn(),
                changed.contains("language") ? mine.language() : theirs.language(),
                changed.contains("dateline") ? mine.dateline() : theirs.dateline(),
                changed.contains("credit_line") ? mine.creditLine() : theirs.creditLine(),
                changed.contains("flags") ? mine.flags() : theirs.flags(),
                changed.contains("status") ? mine.status() : theirs.status(),
                changed.contains("duplicate_of") ? mine.duplicateOf() : theirs.duplicateOf());
    }
}

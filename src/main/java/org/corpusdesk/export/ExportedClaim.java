package org.corpusdesk.export;

import java.util.List;

/**
 * A canonical claim as exported, with who made it (registry sources of the spans it is attributed to) and where
 * it appeared (article URLs), both among the exported articles.
 */
public record ExportedClaim(long id, String statement, String subject, String claimType, String verdict,
        String verdictName, List<Author> authors, List<String> appearances, String firstPublished) {

    /** A registry source a mention of the claim is attributed to. */
    public record Author(String name, String kind) implements Comparable<Author> {
        @Override
        public int compareTo(Author o) {
            return name.compareTo(o.name) != 0 ? name.compareTo(o.name) : kind.compareTo(o.kind);
        }
    }
}

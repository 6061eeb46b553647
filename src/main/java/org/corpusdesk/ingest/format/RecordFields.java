package org.corpusdesk.ingest.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corpusdesk.ingest.IncomingArticle;
import org.corpusdesk.ingest.RejectedInputException;

/**
 * Maps the named fields of a JSON object or CSV row onto an article; shared by every structured format. A field
 * comes from the column an explicit {@link FieldMapping} names, else from the first non-blank of its usual names,
 * in the order listed here; every other non-blank value is kept as extra metadata.
 */
final class RecordFields {

    /** Usual names per article field, the preferred first: with both "text" and "description", text is the body. */
    static final Map<String, List<String>> USUAL_NAMES = usualNames();

    private RecordFields() {
    }

    private static Map<String, List<String>> usualNames() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("text", List.of("text", "body", "content", "article", "article_text", "full_text", "fulltext",
                "maintext", "story", "statement", "description", "document"));
        names.put("title", List.of("title", "headline", "heading", "article_title"));
        names.put("outlet", List.of("outlet", "source", "publisher", "site", "source_name", "publication"));
        names.put("author", List.of("author", "byline", "authors", "writer"));
        names.put("url", List.of("url", "link", "article_url", "source_url"));
        names.put("published", List.of("published", "date", "published_at", "published_on", "publish_date",
                "publication_date", "pub_date", "pubdate", "date_published"));
        names.put("language", List.of("language", "lang"));
        return names;
    }

    /** The names that give an article its text, for messages. */
    static String textNames() {
        return String.join(", ", USUAL_NAMES.get("text"));
    }

    /** Whether some column of {@code names} gives the text, by the mapping or a usual name. */
    static boolean hasText(Iterable<String> names, FieldMapping mapping) {
        String wanted = mapping.columns().get("text");
        for (String name : names) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (wanted != null ? n.equals(wanted.toLowerCase(Locale.ROOT)) : USUAL_NAMES.get("text").contains(n)) {
                return true;
            }
        }
        return false;
    }

    static IncomingArticle toArticle(Map<String, String> fields, FieldMapping mapping, String file, int line)
            throws RejectedInputException {
        Map<String, String> byName = new LinkedHashMap<>();
        fields.forEach((k, v) -> byName.putIfAbsent(k.strip().toLowerCase(Locale.ROOT), v));
        Map<String, String> taken = new LinkedHashMap<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Map.Entry<String, List<String>> field : USUAL_NAMES.entrySet()) {
            String mapped = mapping.columns().get(field.getKey());
            List<String> candidates = mapped != null ? List.of(mapped.toLowerCase(Locale.ROOT)) : field.getValue();
            for (String name : candidates) {
                String value = byName.get(name);
                if (!blank(value) && !used.contains(name)) {
                    taken.put(field.getKey(), value);
                    used.add(name);
                    break;
                }
            }
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (!used.contains(e.getKey().strip().toLowerCase(Locale.ROOT)) && !blank(e.getValue())) {
                extra.put(e.getKey(), e.getValue());
            }
        }
        String text = taken.get("text");
        if (blank(text)) {
            String mapped = mapping.columns().get("text");
            throw new RejectedInputException("no article text: " + (mapped != null
                    ? "field '" + mapped + "' (--map text=" + mapped + ") is missing or empty"
                    : "none of the fields " + textNames() + " has a value (name another with --map text=FIELD)"), line);
        }
        return new IncomingArticle(file, line, text, trim(taken.get("title")), trim(taken.get("outlet")),
                trim(taken.get("author")), trim(taken.get("url")), trim(taken.get("published")),
                trim(taken.get("language")), extra);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}

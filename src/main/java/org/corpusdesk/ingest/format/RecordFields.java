package org.corpusdesk.ingest.format;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.corpusdesk.ingest.IncomingArticle;
import org.corpusdesk.ingest.RejectedInputException;

/** Maps the named fields of a JSON object or CSV row onto an article; shared by every structured format. */
final class RecordFields {

    private RecordFields() {
    }

    static IncomingArticle toArticle(Map<String, String> fields, String file, int line) throws RejectedInputException {
        Map<String, String> known = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String canonical = canonicalName(e.getKey());
            if (canonical == null) {
                if (e.getValue() != null && !e.getValue().isBlank()) {
                    extra.put(e.getKey(), e.getValue());
                }
            } else if (!known.containsKey(canonical) || blank(known.get(canonical))) {
                known.put(canonical, e.getValue());
            }
        }
        String text = known.get("text");
        if (blank(text)) {
            throw new RejectedInputException("no article text: field 'text' or 'body' is missing or empty", line);
        }
        return new IncomingArticle(file, line, text, trim(known.get("title")), trim(known.get("outlet")),
                trim(known.get("author")), trim(known.get("url")), trim(known.get("published")),
                trim(known.get("language")), extra);
    }

    private static String canonicalName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "text", "body", "content" -> "text";
            case "title", "headline" -> "title";
            case "outlet", "source", "publisher", "site" -> "outlet";
            case "author", "byline", "authors" -> "author";
            case "url", "link" -> "url";
            case "published", "date", "published_at", "published_on", "publish_date" -> "published";
            case "language", "lang" -> "language";
            default -> null;
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }
}

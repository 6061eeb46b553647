package org.corpusdesk.article;

import static org.corpusdesk.jooq.Tables.ARTICLE;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Field;

/**
 * How long each metadata field of an article may be, read from the schema (the generated classes), so that an
 * importer can reject a record whose value would not fit, naming the field and both lengths, before the
 * database refuses the whole batch.
 */
public final class ArticleFieldLimits {

    private static final Map<String, Field<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("title", ARTICLE.TITLE);
        FIELDS.put("outlet", ARTICLE.OUTLET);
        FIELDS.put("author", ARTICLE.AUTHOR);
        FIELDS.put("url", ARTICLE.URL);
        FIELDS.put("dateline", ARTICLE.DATELINE);
        FIELDS.put("language", ARTICLE.LANGUAGE);
        FIELDS.put("credit line", ARTICLE.CREDIT_LINE);
        FIELDS.put("flags", ARTICLE.FLAGS);
        FIELDS.put("extra metadata", ARTICLE.EXTRA_METADATA);
        FIELDS.put("cleaning report", ARTICLE.CLEANING_REPORT);
        FIELDS.put("file name", ARTICLE.IMPORT_FILE);
    }

    private ArticleFieldLimits() {
    }

    /** The most characters {@code field} may hold (a key of this class: "title", "language", …). */
    public static int max(String field) {
        Field<String> column = FIELDS.get(field);
        if (column == null) {
            throw new IllegalArgumentException("no article field '" + field + "'");
        }
        return column.getDataType().length();
    }

    /** Null when the value fits; otherwise what is wrong, e.g. "language is 24 characters long, more than the 16 allowed". */
    public static String problem(String field, String value) {
        if (value == null) {
            return null;
        }
        int max = max(field);
        if (value.length() <= max) { // a string has no more code points than chars
            return null;
        }
        int length = value.codePointCount(0, value.length());
        return length <= max ? null
                : field + " is " + length + " characters long, more than the " + max + " allowed";
    }
}

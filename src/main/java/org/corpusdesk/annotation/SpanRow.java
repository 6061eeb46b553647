package org.corpusdesk.annotation;

import java.math.BigDecimal;

/**
 * A span to store, as an import hands it over: ids of existing rows (article, annotator, label, claim type,
 * verdict, registry entries), code-point offsets and the covered text already checked against the article's clean
 * text. {@code id} is the id to keep when it is free, else null for a new one; {@code attributes} a JSON object of
 * named values (brat's attributes), or null.
 */
public record SpanRow(Long id, long articleId, long annotatorId, long labelId, int start, int end, String coveredText,
        String fragments, Long claimTypeId, BigDecimal figure, String figureUnit, String figureQualifier, Long verdictId,
        String note, Long sourceId, Long claimId, String attributes) {

    /** A span with a label and offsets only. */
    public static SpanRow plain(long articleId, long annotatorId, long labelId, int start, int end, String coveredText,
            String fragments) {
        return new SpanRow(null, articleId, annotatorId, labelId, start, end, coveredText, fragments, null, null, null,
                null, null, null, null, null, null);
    }
}

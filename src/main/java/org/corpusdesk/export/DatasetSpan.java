package org.corpusdesk.export;

import java.math.BigDecimal;

/** One exported span: code-point offsets into the article's clean text, end exclusive, as Python's text[start:end]. */
public record DatasetSpan(long id, int start, int end, String label, String kind, String text, String annotator,
        String claimType, BigDecimal figure, String figureUnit, String figureQualifier, String verdict, String note,
        Long sourceId, Long claimId) {
}

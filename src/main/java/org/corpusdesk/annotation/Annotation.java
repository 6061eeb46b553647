package org.corpusdesk.annotation;

import java.math.BigDecimal;

/**
 * A tagged span. Offsets are Unicode code points into the article's clean text, end exclusive (Python
 * {@code text[start:end]}). {@code editable} is whether the current user may change it (own, or a curator).
 * {@code fragments}: the code-point ranges of a discontinuous span ("10 14;20 25", within start..end), or null.
 */
public record Annotation(long id, long articleId, long annotatorId, String annotator, long labelId, String label,
        LabelKind kind, String colour, int startCp, int endCp, String text, Long claimTypeId, BigDecimal figure,
        String figureUnit, String figureQualifier, Long verdictId, String note, Long sourceId, String sourceName,
        Long claimId, String claimStatement, int version, boolean editable, String fragments) {

    /** "10–14, 20–25" for a discontinuous span (brat fragments), else empty. */
    public String fragmentRanges() {
        return fragments == null ? "" : fragments.replace(" ", "–").replace(";", ", ");
    }

    public AnnotationDraft draft() {
        return new AnnotationDraft(labelId, startCp, endCp, claimTypeId, figure, figureUnit, figureQualifier, verdictId,
                note, sourceId, claimId);
    }
}

package org.corpusdesk.annotation;

import java.math.BigDecimal;

/** What an editor sets on a span: label, code-point range and attributes (null: not set). */
public record AnnotationDraft(long labelId, int startCp, int endCp, Long claimTypeId, BigDecimal figure,
        String figureUnit, String figureQualifier, Long verdictId, String note, Long sourceId, Long claimId) {

    public static AnnotationDraft span(long labelId, int startCp, int endCp) {
        return new AnnotationDraft(labelId, startCp, endCp, null, null, null, null, null, null, null, null);
    }

    public AnnotationDraft withFigure(Figure f) {
        return new AnnotationDraft(labelId, startCp, endCp, claimTypeId, f == null ? null : f.value(),
                f == null ? null : f.unit(), f == null ? null : f.qualifier(), verdictId, note, sourceId, claimId);
    }

    public AnnotationDraft withSource(Long source) {
        return new AnnotationDraft(labelId, startCp, endCp, claimTypeId, figure, figureUnit, figureQualifier, verdictId,
                note, source, claimId);
    }

    public AnnotationDraft withClaim(Long claim) {
        return new AnnotationDraft(labelId, startCp, endCp, claimTypeId, figure, figureUnit, figureQualifier, verdictId,
                note, sourceId, claim);
    }

    public AnnotationDraft withAttributes(Long claimType, Long verdict, String newNote) {
        return new AnnotationDraft(labelId, startCp, endCp, claimType, figure, figureUnit, figureQualifier, verdict,
                newNote, sourceId, claimId);
    }
}

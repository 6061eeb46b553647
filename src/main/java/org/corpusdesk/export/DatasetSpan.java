package org.corpusdesk.export;

import java.math.BigDecimal;

/**
 * One exported span: code-point offsets into the article's clean text, end exclusive, as Python's text[start:end];
 * {@code fragments} the ranges of a discontinuous span ("10 14;20 25", within start..end), or null; {@code attributes}
 * a JSON object of named values (brat's attributes), or null.
 */
public record DatasetSpan(long id, int start, int end, String label, String kind, String text, String annotator,
        String claimType, BigDecimal figure, String figureUnit, String figureQualifier, String verdict, String note,
        Long sourceId, Long claimId, String fragments, String attributes) {

    /** The fragments as [start, end] pairs; the whole span as one when it is contiguous. */
    public java.util.List<int[]> ranges() {
        if (fragments == null || fragments.isBlank()) {
            return java.util.List.<int[]>of(new int[] {start, end});
        }
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (String range : fragments.split(";")) {
            String[] se = range.strip().split(" ");
            out.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
        }
        return out;
    }
}

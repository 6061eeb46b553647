package org.corpusdesk.agreement;

/**
 * Agreement of one label (or "(all labels)", or "(attribution)") between two annotators, or pooled over every pair
 * ({@code annotatorA} and {@code annotatorB} "*"): the articles both annotated, their spans, exact and overlap span
 * F1, Krippendorff's α (unitizing), Cohen's κ and percent agreement on word tokens (null where not defined).
 */
public record AgreementRow(String label, String annotatorA, String annotatorB, long articles, long spansA, long spansB,
        long exactMatches, double exactF1, long overlapMatches, double overlapF1, Double alphaU, Double kappaTokens,
        Double percentTokens) {

    public static final String ALL_LABELS = "(all labels)";
    public static final String ATTRIBUTION = "(attribution)";
    public static final String EVERY_PAIR = "*";
}

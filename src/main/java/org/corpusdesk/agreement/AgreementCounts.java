package org.corpusdesk.agreement;

/**
 * What agreement is computed from, summed over the articles two annotators both annotated: their spans (or
 * attributions) and how many matched exactly and by overlap.
 */
public final class AgreementCounts {

    long articles;
    long spansA;
    long spansB;
    long exact;
    long overlap;

    /** 2·|A∩B| / (|A| + |B|); 1 when neither has any. */
    static double f1(long matched, long a, long b) {
        return a + b == 0 ? 1.0 : 2.0 * matched / (a + b);
    }

    public double exactF1() {
        return f1(exact, spansA, spansB);
    }

    public double overlapF1() {
        return f1(overlap, spansA, spansB);
    }

    public long articles() {
        return articles;
    }

    public long spansA() {
        return spansA;
    }

    public long spansB() {
        return spansB;
    }

    public long exactMatches() {
        return exact;
    }

    public long overlapMatches() {
        return overlap;
    }
}

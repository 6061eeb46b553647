package org.corpusdesk.article;

/**
 * How to share articles among editors: {@code each} assignees per article, and one more for {@code extraPercent}% of
 * them drawn with {@code seed} ({@code each} 1 and 20% is "double-annotate 20%").
 */
public record DistributionPlan(int each, int extraPercent, long seed) {

    public DistributionPlan {
        if (each < 1) {
            throw new IllegalArgumentException("each article needs at least one editor, not " + each);
        }
        if (extraPercent < 0 || extraPercent > 100) {
            throw new IllegalArgumentException("the share to double-annotate is a percentage (0–100), not " + extraPercent);
        }
    }
}

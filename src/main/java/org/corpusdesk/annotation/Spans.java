package org.corpusdesk.annotation;

/** Code-point offsets into a text, and selections snapped to whole words. */
public final class Spans {

    private Spans() {
    }

    public static int codePointLength(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The text between two code-point offsets (end exclusive), as Python's {@code text[start:end]}. */
    public static String slice(String text, int startCp, int endCp) {
        int from = text.offsetByCodePoints(0, startCp);
        int to = text.offsetByCodePoints(from, endCp - startCp);
        return text.substring(from, to);
    }

    /**
     * Widens a selection to whole words and drops surrounding spaces: selecting "ussian Foreign Minis" gives
     * "Russian Foreign Ministry". Returns {start, end} in code points; end == start when nothing is left.
     */
    public static int[] snapToWords(String text, int startCp, int endCp) {
        int[] cps = text.codePoints().toArray();
        int start = Math.max(0, Math.min(startCp, cps.length));
        int end = Math.max(start, Math.min(endCp, cps.length));
        while (start < end && !Character.isLetterOrDigit(cps[start]) && !isOpening(cps[start])) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(cps[end - 1]) && !isClosing(cps[end - 1])) {
            end--;
        }
        if (start == end) {
            return new int[] {start, start};
        }
        while (start > 0 && isWordChar(cps[start - 1])) {
            start--;
        }
        while (end < cps.length && isWordChar(cps[end])) {
            end++;
        }
        return new int[] {start, end};
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '\'' || cp == '’';
    }

    private static boolean isOpening(int cp) {
        return cp == '"' || cp == '“' || cp == '(' || cp == '«' || cp == '$' || cp == '€';
    }

    private static boolean isClosing(int cp) {
        return cp == '"' || cp == '”' || cp == ')' || cp == '»' || cp == '%';
    }
}

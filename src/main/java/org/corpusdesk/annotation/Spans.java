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
    /** Which edge of a span to move, and which way: one word at a time. */
    public enum Edge { START, END }

    /**
     * The span's new offsets after moving one edge by one word ({@code forward} to the right): the start to the
     * beginning of the previous or next word, the end to the end of the next or previous word. The span never
     * becomes empty or leaves the text; a move that cannot be made gives the span back unchanged.
     */
    public static int[] moveEdge(String text, int startCp, int endCp, Edge edge, boolean forward) {
        int[] cps = text.codePoints().toArray();
        int start = startCp;
        int end = endCp;
        if (edge == Edge.START) {
            int i = start;
            if (forward) {
                while (i < end && isWordChar(cps[i])) {
                    i++;
                }
                while (i < end && !isWordChar(cps[i])) {
                    i++;
                }
                start = i < end ? i : start;
            } else {
                while (i > 0 && !isWordChar(cps[i - 1])) {
                    i--;
                }
                while (i > 0 && isWordChar(cps[i - 1])) {
                    i--;
                }
                start = i;
            }
        } else {
            int i = end;
            if (forward) {
                while (i < cps.length && !isWordChar(cps[i])) {
                    i++;
                }
                while (i < cps.length && isWordChar(cps[i])) {
                    i++;
                }
                end = i;
            } else {
                while (i > start && isWordChar(cps[i - 1])) {
                    i--;
                }
                while (i > start && !isWordChar(cps[i - 1])) {
                    i--;
                }
                end = i > start ? i : end;
            }
        }
        return new int[] {start, end};
    }

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

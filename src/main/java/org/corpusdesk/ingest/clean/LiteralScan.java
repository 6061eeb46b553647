package org.corpusdesk.ingest.clean;

import java.util.BitSet;
import java.util.List;

/**
 * Finds which lines of a text hold each of a set of literals, case folded as the cleaning rules match, in one pass
 * over the text: literals are looked up by their first two characters, so a position costs two table reads unless
 * a literal starts there. Searching the text once per literal cost more than the rest of the cleaning together.
 */
final class LiteralScan {

    private final String[] literals;
    /** Literal indexes by (first char << 7 | second char); for one-character literals by first char alone. */
    private final int[][] byPair = new int[128 * 128][];
    private final int[][] bySingle = new int[128][];

    /** {@code literals}: lower case, ASCII, each at least one character. */
    LiteralScan(List<String> literals) {
        this.literals = literals.toArray(String[]::new);
        for (int i = 0; i < this.literals.length; i++) {
            String l = this.literals[i];
            if (l.length() == 1) {
                bySingle[l.charAt(0)] = append(bySingle[l.charAt(0)], i);
            } else {
                int key = l.charAt(0) << 7 | l.charAt(1);
                byPair[key] = append(byPair[key], i);
            }
        }
    }

    private static int[] append(int[] list, int value) {
        int[] out = list == null ? new int[1] : java.util.Arrays.copyOf(list, list.length + 1);
        out[out.length - 1] = value;
        return out;
    }

    /** Per literal (in the order given), the indexes of the lines ({@code \n}-separated) that hold it. */
    BitSet[] lines(String text) {
        BitSet[] found = new BitSet[literals.length];
        for (int i = 0; i < found.length; i++) {
            found[i] = new BitSet();
        }
        int line = 0;
        int n = text.length();
        char next = n == 0 ? 0 : RequiredLiteral.foldChar(text.charAt(0));
        for (int i = 0; i < n; i++) {
            char c = next;
            next = i + 1 < n ? RequiredLiteral.foldChar(text.charAt(i + 1)) : 0;
            if (c == '\n') {
                line++;
                continue;
            }
            if (c >= 128) {
                continue;
            }
            int[] single = bySingle[c];
            if (single != null) {
                for (int l : single) {
                    found[l].set(line);
                }
            }
            if (next >= 128) {
                continue;
            }
            int[] pair = byPair[c << 7 | next];
            if (pair != null) {
                for (int l : pair) {
                    if (matchesAt(text, i, literals[l])) {
                        found[l].set(line);
                    }
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(String text, int at, String literal) {
        if (at + literal.length() > text.length()) {
            return false;
        }
        for (int k = 2; k < literal.length(); k++) {
            if (RequiredLiteral.foldChar(text.charAt(at + k)) != literal.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}

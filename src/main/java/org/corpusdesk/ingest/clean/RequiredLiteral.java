package org.corpusdesk.ingest.clean;

/**
 * The longest run of plain ASCII characters that every match of a regular expression must contain, so a line
 * without it can skip the regex: scanning a line for a literal costs a fraction of a regex search that tries
 * every position. Conservative: groups, classes, escapes like {@code \d} and optional characters end a run, and
 * a top-level alternation, {@code \Q} or inline flags give no literal at all (null: always run the regex).
 */
public final class RequiredLiteral {

    /** Inline flags such as (?x) or (?-i) change what a literal means: no literal for those. */
    private static final java.util.regex.Pattern INLINE_FLAGS = java.util.regex.Pattern.compile("\\(\\?[a-zA-Z-]");

    private RequiredLiteral() {
    }

    public static String of(String regex) {
        if (regex.contains("\\Q") || INLINE_FLAGS.matcher(regex).find() || hasTopLevelAlternation(regex)) {
            return null;
        }
        String best = "";
        StringBuilder run = new StringBuilder();
        int i = 0;
        int n = regex.length();
        while (i < n) {
            char c = regex.charAt(i);
            if (c == '(' || c == '[') {
                i = closing(regex, i);
                best = longer(best, run);
                run.setLength(0);
            } else if (c == '\\' && i + 1 < n) {
                char e = regex.charAt(i + 1);
                i += 2;
                if (Character.isLetterOrDigit(e)) {
                    if ((e == 'p' || e == 'P') && i < n && regex.charAt(i) == '{') {
                        i = regex.indexOf('}', i) + 1;
                        if (i == 0) {
                            return null;
                        }
                    }
                    best = longer(best, run);
                    run.setLength(0);
                } else if (e < 128) {
                    run.append(e);
                }
                continue;
            } else if (c == '?' || c == '*' || c == '+' || c == '{') {
                boolean optional = c == '?' || c == '*' || c == '{' && regex.startsWith("{0", i);
                if (optional && !run.isEmpty()) {
                    run.setLength(run.length() - 1);
                }
                best = longer(best, run);
                run.setLength(0);
                i = c == '{' ? regex.indexOf('}', i) + 1 : i + 1;
                if (i == 0) {
                    return null;
                }
                if (i < n && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
                    i++;
                }
                continue;
            } else if (c == '.' || c == '^' || c == '$' || c >= 128) {
                best = longer(best, run);
                run.setLength(0);
                i++;
            } else {
                // a plain character; a quantifier after it is handled above by dropping it again
                run.append(c);
                i++;
            }
            if (i <= 0) {
                return null;
            }
        }
        best = longer(best, run);
        return best.isEmpty() ? null : best;
    }

    /** Whether {@code text} contains {@code literal}, ignoring case as the cleaning rules do. */
    public static boolean containedIn(String text, String literal) {
        int last = text.length() - literal.length();
        char first = literal.charAt(0);
        char upper = Character.toUpperCase(first);
        char lower = Character.toLowerCase(first);
        char[] folding = lower < 128 ? NON_ASCII_FOLDING_TO[lower] : null;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            boolean candidate = c == lower || c == upper
                    || c >= 128 && (folding == null || contains(folding, c));
            if (candidate && text.regionMatches(true, i, literal, 0, literal.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each ASCII character, the non-ASCII ones that equal it ignoring case (the Kelvin sign and k, the long s
     * and s, dotted and dotless i): computed once, so that a scan of Cyrillic or Armenian text does not fold
     * every character.
     */
    private static final char[][] NON_ASCII_FOLDING_TO = new char[128][];

    static {
        StringBuilder[] found = new StringBuilder[128];
        for (int c = 128; c <= Character.MAX_VALUE; c++) {
            char upper = Character.toUpperCase((char) c);
            for (char folded : new char[] {Character.toLowerCase((char) c), Character.toLowerCase(upper), upper}) {
                char ascii = Character.toLowerCase(folded);
                if (ascii < 128) {
                    if (found[ascii] == null) {
                        found[ascii] = new StringBuilder();
                    }
                    if (found[ascii].indexOf(String.valueOf((char) c)) < 0) {
                        found[ascii].append((char) c);
                    }
                }
            }
        }
        for (int a = 0; a < 128; a++) {
            NON_ASCII_FOLDING_TO[a] = found[a] == null ? new char[0] : found[a].toString().toCharArray();
        }
    }

    /** Characters above ASCII that fold into ASCII under the rules' case-insensitive matching (K, ſ, ı, İ, …). */
    private static final java.util.BitSet FOLDS_TO_ASCII = new java.util.BitSet(Character.MAX_VALUE + 1);

    static {
        for (char[] chars : NON_ASCII_FOLDING_TO) {
            if (chars != null) {
                for (char c : chars) {
                    FOLDS_TO_ASCII.set(c);
                }
            }
        }
    }

    /**
     * One character folded so that comparing folded characters answers as {@link #containedIn}: ASCII lower-cased,
     * a non-ASCII character that folds into ASCII (K, ſ, ı, İ, …) replaced by that letter, any other kept.
     */
    static char foldChar(char c) {
        return c < 128 ? ASCII_LOWER[c] : FOLDS_TO_ASCII.get(c) ? asciiFold(c) : c;
    }

    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
    }

    private static char asciiFold(char c) {
        char lower = Character.toLowerCase(c);
        if (lower < 128) {
            return ASCII_LOWER[lower];
        }
        char viaUpper = Character.toLowerCase(Character.toUpperCase(c));
        return viaUpper < 128 ? viaUpper : lower;
    }


    private static boolean contains(char[] chars, char c) {
        for (char x : chars) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }

    /** A '|' outside every group and class; an unbalanced pattern counts as one (no literal then). */
    private static boolean hasTopLevelAlternation(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' || c == '(') {
                int end = closing(regex, i);
                if (end < 0) {
                    return true;
                }
                i = end - 1;
            } else if (c == '|') {
                return true;
            }
        }
        return false;
    }

    /**
     * Index just after the bracket that closes the '(' or '[' at {@code open}, or -1. Classes nest in classes
     * and groups; a ']' right after the '[' that opens a class is a plain character.
     */
    private static int closing(String regex, int open) {
        char opening = regex.charAt(open);
        char closer = opening == '(' ? ')' : ']';
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' && opening == '(') {
                i = closing(regex, i) - 1;
                if (i < 0) {
                    return -1;
                }
            } else if (c == opening) {
                depth++;
            } else if (c == closer && (opening == '(' || i > open + 1) && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}

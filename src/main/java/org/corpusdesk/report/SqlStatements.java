package org.corpusdesk.report;

/**
 * Counts the statements in a SQL text, skipping string literals, quoted identifiers, dollar-quoted bodies
 * and comments ({@code --}, {@code /* *}{@code /} and H2's {@code //}), and counts them again with H2's own
 * script splitter; the larger count wins, so a text that either reading sees as two statements is refused.
 * A second line of defence only: the read-only database account is what enforces the rules.
 */
final class SqlStatements {

    private SqlStatements() {
    }

    static int count(String sql) {
        return Math.max(ownCount(sql), h2Count(sql));
    }

    /** As H2's RUNSCRIPT splits a script (its comment and quoting rules). */
    static int h2Count(String sql) {
        org.h2.util.ScriptReader reader = new org.h2.util.ScriptReader(new java.io.StringReader(sql));
        reader.setSkipRemarks(true);
        int statements = 0;
        for (String s = reader.readStatement(); s != null; s = reader.readStatement()) {
            if (!s.isBlank()) {
                statements++;
            }
        }
        return statements;
    }

    /** Statements as this class reads the text: the non-blank pieces of its code between semicolons. */
    static int ownCount(String sql) {
        int statements = 0;
        for (String piece : codeOnly(sql).split(";", -1)) {
            if (!piece.isBlank()) {
                statements++;
            }
        }
        return statements;
    }

    private static final java.util.regex.Pattern LOCKING = java.util.regex.Pattern.compile(
            "\\bFOR\\s+(UPDATE|SHARE|NO\\s+KEY\\s+UPDATE|KEY\\s+SHARE)\\b");
    /** Functions that build one value of any size in a single step, which no query timeout interrupts on H2. */
    private static final java.util.regex.Pattern AMPLIFIER = java.util.regex.Pattern.compile(
            "\\b(REPEAT|SPACE|LPAD|RPAD)\\s*\\(");
    private static final java.util.regex.Pattern SEQUENCE = java.util.regex.Pattern.compile(
            "\\bNEXT\\s+VALUE\\s+FOR\\b|\\b(NEXTVAL|SETVAL)\\s*\\(");

    /**
     * What a query may not do although the read-only account's rights would let it: lock rows ({@code FOR UPDATE},
     * which made an editor's save wait seconds), advance a sequence ({@code NEXT VALUE FOR}, not undone by the
     * rollback), or build one huge value in a single step ({@code REPEAT('x', 900000000)}), which no timeout stops
     * on H2 (docs/security.md). Looked for in the code only ({@link #codeOnly}). Null when none.
     */
    static String forbiddenClause(String sql) {
        String code = codeOnly(sql).toUpperCase(java.util.Locale.ROOT);
        if (LOCKING.matcher(code).find()) {
            return "not allowed: FOR UPDATE / FOR SHARE would lock rows that editors are saving; queries here only read";
        }
        java.util.regex.Matcher amplifier = AMPLIFIER.matcher(code);
        if (amplifier.find()) {
            return "not allowed: " + amplifier.group(1) + " builds a value of any size in one step, which the query timeout "
                    + "cannot stop; the console refuses REPEAT, SPACE, LPAD and RPAD";
        }
        if (SEQUENCE.matcher(code).find()) {
            return "not allowed: NEXT VALUE FOR / NEXTVAL would advance a sequence, which no rollback undoes";
        }
        return null;
    }

    /**
     * The text with each string literal, quoted identifier and dollar-quoted body replaced by one {@code ?} (still a
     * token, between word boundaries) and each comment by a space.
     */
    static String codeOnly(String sql) {
        StringBuilder code = new StringBuilder(sql.length());
        int n = sql.length();
        for (int i = 0; i < n; i++) {
            char c = sql.charAt(i);
            int end;
            char replacement = ' ';
            if (c == '\'' || c == '"' || c == '`') {
                end = closing(sql, i, c);
                replacement = '?';
            } else if ((c == '-' || c == '/') && i + 1 < n && sql.charAt(i + 1) == c) {
                int nl = sql.indexOf('\n', i);
                end = nl < 0 ? n - 1 : nl;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                end = close < 0 ? n - 1 : close + 1;
            } else if (c == '$' && i + 1 < n && sql.charAt(i + 1) == '$') {
                int close = sql.indexOf("$$", i + 2);
                end = close < 0 ? n - 1 : close + 1;
                replacement = '?';
            } else {
                code.append(c);
                continue;
            }
            code.append(replacement);
            i = Math.min(end, n - 1);
        }
        return code.toString();
    }

    private static int closing(String sql, int open, char quote) {
        for (int i = open + 1; i < sql.length(); i++) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return sql.length();
    }
}

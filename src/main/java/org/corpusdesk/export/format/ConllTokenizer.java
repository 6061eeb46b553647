package org.corpusdesk.export.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokenizer of the CoNLL export (docs/dataset-format.md): a token is a run of letters, marks and digits,
 * joined across an inner apostrophe, hyphen, period or comma ("Nagorno-Karabakh", "1,250", "U.S", "don't"), or
 * any other single non-space character. A sentence ends at a line break or after ".", "!" or "?".
 */
final class ConllTokenizer {

    /** A token with its code-point range in the text. */
    record Token(String text, int start, int end, boolean endsSentence) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}]+(?:['’.,\\-][\\p{L}\\p{M}\\p{N}]+)*|\\S");

    private ConllTokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int charPos = 0;
        int cpPos = 0;
        while (m.find()) {
            cpPos += text.codePointCount(charPos, m.start());
            int length = text.codePointCount(m.start(), m.end());
            String word = m.group();
            boolean lineBreakNext = false;
            for (int i = m.end(); i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
                if (text.charAt(i) == '\n') {
                    lineBreakNext = true;
                    break;
                }
            }
            boolean last = m.end() >= text.length() || lineBreakNext
                    || word.equals(".") || word.equals("!") || word.equals("?");
            tokens.add(new Token(word, cpPos, cpPos + length, last));
            cpPos += length;
            charPos = m.end();
        }
        return tokens;
    }
}

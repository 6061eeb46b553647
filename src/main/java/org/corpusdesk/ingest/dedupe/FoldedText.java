package org.corpusdesk.ingest.dedupe;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A text reduced to its words: lower-cased runs of letters and digits, UTF-8 encoded, one space between words.
 * Copies that differ only in case, spacing or punctuation fold to the same bytes. The content hash and the
 * shingle sketch both read this, so the text is walked once and no string is built per word.
 */
public final class FoldedText {

    static final int WORD_SEED = 104729;

    private final byte[] bytes;
    private final int length;
    /** Start and end (exclusive) byte offset of each word, in pairs. */
    private final int[] words;
    private final int wordCount;

    private FoldedText(byte[] bytes, int length, int[] words, int wordCount) {
        this.bytes = bytes;
        this.length = length;
        this.words = words;
        this.wordCount = wordCount;
    }

    public static FoldedText of(String text) {
        int n = text.length();
        byte[] out = new byte[n + 16];
        int[] bounds = new int[Math.max(16, n / 3)];
        int len = 0;
        int count = 0;
        int wordStart = -1;
        for (int i = 0; i <= n; ) {
            int cp;
            boolean inWord;
            if (i == n) {
                cp = ' ';
                inWord = false;
                i++;
            } else {
                char c = text.charAt(i);
                if (c < 128) {
                    cp = c >= 'A' && c <= 'Z' ? c + 32 : c;
                    inWord = cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9';
                    i++;
                } else {
                    cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    inWord = Character.isLetterOrDigit(cp);
                    cp = Character.toLowerCase(cp);
                }
            }
            if (inWord) {
                if (wordStart < 0) {
                    if (len + 1 >= out.length - 4) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    if (count > 0) {
                        out[len++] = ' ';
                    }
                    wordStart = len;
                }
                if (len + 4 >= out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                len = encode(cp, out, len);
            } else if (wordStart >= 0) {
                if (2 * count + 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[2 * count] = wordStart;
                bounds[2 * count + 1] = len;
                count++;
                wordStart = -1;
            }
        }
        return new FoldedText(out, len, bounds, count);
    }

    /** SHA-256 of the folded words, as 64 hex digits: the article's content hash. */
    public String sha256Hex() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public int wordCount() {
        return wordCount;
    }

    /** MurmurHash3 (x86, 32 bit) of each word's UTF-8 bytes, in order. */
    public int[] wordHashes() {
        int[] hashes = new int[wordCount];
        for (int w = 0; w < wordCount; w++) {
            int start = words[2 * w];
            hashes[w] = MurmurHash3.hash32x86(bytes, start, words[2 * w + 1] - start, WORD_SEED);
        }
        return hashes;
    }

    private static int encode(int cp, byte[] out, int at) {
        if (cp < 0x80) {
            out[at++] = (byte) cp;
        } else if (cp < 0x800) {
            out[at++] = (byte) (0xC0 | cp >> 6);
            out[at++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out[at++] = (byte) (0xE0 | cp >> 12);
            out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[at++] = (byte) (0x80 | cp & 0x3F);
        } else {
            out[at++] = (byte) (0xF0 | cp >> 18);
            out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[at++] = (byte) (0x80 | cp & 0x3F);
        }
        return at;
    }
}

package org.corpusdesk.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Bytes of an input file to normalised text: UTF-8 (BOM or not; UTF-16 with a BOM too), line ends as LF,
 * Unicode NFC. Bytes that are not UTF-8 are read in the charset ICU's detector names when it is at least
 * {@value #MIN_CONFIDENCE}% sure (windows-1251, KOI8-R, Latin-1, Shift_JIS, …), with a note saying so; a
 * text whose only non-ASCII bytes are Windows typographic punctuation (curly quotes, dashes) is Windows-1252;
 * anything else is rejected naming the byte offset and the detector's best guess.
 */
public final class TextDecoder {

    /** The detector's confidence (0-100) below which a guess is not taken; short Cyrillic texts score 35-65. */
    static final int MIN_CONFIDENCE = 30;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text, and a note for the user when its charset was detected rather than known. */
    public record Decoded(String text, String charsetNote) {
    }

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws RejectedInputException {
        return decodeWithNote(bytes).text();
    }

    public static Decoded decodeWithNote(byte[] bytes) throws RejectedInputException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(normalise(strict(StandardCharsets.UTF_16LE, bytes, 2)), null);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(normalise(strict(StandardCharsets.UTF_16BE, bytes, 2)), null);
        }
        rejectBinary(bytes);
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return new Decoded(normalise(strict(StandardCharsets.UTF_8, bytes, start)), null);
        } catch (RejectedInputException notUtf8) {
            Guess guess = Guess.of(bytes);
            String text = guess.decode(bytes);
            if (text == null) {
                throw new RejectedInputException(notUtf8.getMessage() + ", and its encoding could not be told: " + guess.why());
            }
            return new Decoded(normalise(text), guess.note());
        }
    }

    /** What the detector makes of bytes that are not UTF-8. */
    private record Guess(Charset charset, int confidence, String name) {

        static Guess of(byte[] bytes) {
            if (onlyTypographicPunctuation(bytes)) {
                return new Guess(WINDOWS_1252, 100, null);
            }
            com.ibm.icu.text.CharsetDetector detector = new com.ibm.icu.text.CharsetDetector();
            detector.setText(bytes);
            for (com.ibm.icu.text.CharsetMatch m : detector.detectAll()) {
                if (m.getName().startsWith("UTF-")) {
                    continue; // not UTF-8 (checked), and UTF-16/32 without a BOM is no guess to trust
                }
                // browsers read ISO-8859-1 as its superset windows-1252 (curly quotes in 0x80-0x9F)
                String name = m.getName().equals("ISO-8859-1") ? "windows-1252" : m.getName();
                Charset charset = Charset.isSupported(name) ? Charset.forName(name) : null;
                return new Guess(charset, m.getConfidence(), name);
            }
            return new Guess(null, 0, null);
        }

        /** The text in the guessed charset, or null when the guess is too unsure or gives control characters. */
        String decode(byte[] bytes) {
            if (charset == null || confidence < MIN_CONFIDENCE) {
                return null;
            }
            String text;
            try {
                text = strict(charset, bytes, 0);
            } catch (RejectedInputException e) {
                return null;
            }
            return text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f'
                    || c >= 0x7F && c <= 0x9F) ? null : text;
        }

        String note() {
            return name == null ? null : "read as " + name + " (detected with " + confidence + "% confidence; "
                    + "not UTF-8)";
        }

        String why() {
            return name == null ? "no charset fits its bytes"
                    : "the best guess, " + name + ", has " + confidence + "% confidence (" + MIN_CONFIDENCE
                            + "% needed) or does not decode cleanly";
        }
    }

    /** Only ASCII and the Windows bytes for curly quotes, dashes and the ellipsis: the same in every Windows code page. */
    private static boolean onlyTypographicPunctuation(byte[] bytes) {
        boolean any = false;
        for (byte value : bytes) {
            int b = value & 0xFF;
            if (b >= 0x80) {
                if (b != 0x85 && (b < 0x91 || b > 0x97)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** A line {@link #decodeLines} could not decode: its 1-based number and why. */
    public interface BadLine {
        void rejected(int line, String reason);
    }

    /**
     * For files of one record per line: as {@link #decode} when the whole file decodes; otherwise line by line,
     * each line as UTF-8 (or clean Windows-1252), a binary or undecodable line replaced by an empty one and
     * reported, so that it costs no other line. Line numbers stay those of the file.
     */
    public static Decoded decodeLines(byte[] bytes, BadLine bad) throws RejectedInputException {
        try {
            return decodeWithNote(bytes);
        } catch (RejectedInputException wholeFile) {
            if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE)) {
                throw wholeFile; // UTF-16: its lines cannot be cut at newline bytes
            }
        }
        StringBuilder text = new StringBuilder(bytes.length);
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        FileCharset fileCharset = new FileCharset(bytes);
        int lineNo = 1;
        while (start <= bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            byte[] line = java.util.Arrays.copyOfRange(bytes, start, end);
            String decoded = decodeLine(line, lineNo, bad, fileCharset);
            text.append(decoded).append('\n');
            start = end + 1;
            lineNo++;
        }
        return new Decoded(normalise(text.toString()), fileCharset.used ? fileCharset.guess.note() : null);
    }

    /**
     * The charset of a file's lines that are not UTF-8, detected over the whole file (its NUL bytes left out) the
     * first time a line needs it: a file whose lines are UTF-8 but one binary line is never run through the detector.
     */
    private static final class FileCharset {
        private final byte[] bytes;
        private Guess guess;
        private Charset charset;
        private boolean used;

        FileCharset(byte[] bytes) {
            this.bytes = bytes;
        }

        /** The detected charset, or null when no guess is sure enough. */
        Charset get() {
            if (guess == null) {
                byte[] text = withoutNul(bytes);
                guess = Guess.of(text);
                charset = guess.decode(text) != null ? guess.charset() : null;
            }
            return charset;
        }
    }

    private static byte[] withoutNul(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        int n = 0;
        for (byte b : bytes) {
            if (b != 0) {
                out[n++] = b;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static String decodeLine(byte[] line, int lineNo, BadLine bad, FileCharset fileCharset) {
        for (int i = 0; i < line.length; i++) {
            if (line[i] == 0) {
                bad.rejected(lineNo, "binary content (NUL byte at byte " + (i + 1) + " of the line), not text");
                return "";
            }
        }
        try {
            return strict(StandardCharsets.UTF_8, line, 0);
        } catch (RejectedInputException notUtf8) {
            String decoded = null;
            Charset fallback = null;
            if (onlyTypographicPunctuation(line)) {
                decoded = new String(line, WINDOWS_1252);
            } else if ((fallback = fileCharset.get()) != null) {
                try {
                    decoded = strict(fallback, line, 0);
                    fileCharset.used = true;
                } catch (RejectedInputException notThatEither) {
                    decoded = null;
                }
            }
            if (decoded == null) {
                bad.rejected(lineNo, "this line is not valid UTF-8 (" + notUtf8.getMessage() + " of the line)"
                        + (fallback == null ? "" : " nor " + fallback.name() + " as the rest of the file"));
                return "";
            }
            return decoded;
        }
    }

    public static String normalise(String text) {
        String lf = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(lf, Normalizer.Form.NFC) ? lf : Normalizer.normalize(lf, Normalizer.Form.NFC);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static void rejectBinary(byte[] bytes) throws RejectedInputException {
        int controls = 0;
        int sample = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new RejectedInputException("binary file (NUL byte at offset " + i + "), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (sample > 0 && controls * 100 > sample) {
            throw new RejectedInputException("binary file (" + controls + " control bytes in the first "
                    + sample + "), not text");
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws RejectedInputException {
        if (charset == StandardCharsets.UTF_8) {
            // String's own UTF-8 decoding is 1.6-3 times faster (60 KB of news text with and without curly quotes)
            // and turns malformed input into U+FFFD: without one in the result the input was valid; with one, the
            // decoder below tells a real U+FFFD from an error
            String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return fast;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (MalformedInputException e) {
            throw new RejectedInputException("invalid " + charset.name() + " at byte offset " + in.position());
        } catch (CharacterCodingException e) {
            throw new RejectedInputException("cannot decode as " + charset.name() + ": " + e.getMessage());
        }
    }
}

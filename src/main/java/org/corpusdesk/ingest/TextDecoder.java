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
 * Unicode NFC. Bytes that are not UTF-8 are read as Windows-1252 when every byte is defined there and no
 * control characters appear (scraped pages often are), else the file is rejected naming the byte offset.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws RejectedInputException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return normalise(strict(StandardCharsets.UTF_16LE, bytes, 2));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return normalise(strict(StandardCharsets.UTF_16BE, bytes, 2));
        }
        rejectBinary(bytes);
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return normalise(strict(StandardCharsets.UTF_8, bytes, start));
        } catch (RejectedInputException notUtf8) {
            String windows = windows1252OrNull(bytes);
            if (windows == null) {
                throw notUtf8;
            }
            return normalise(windows);
        }
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
    public static String decodeLines(byte[] bytes, BadLine bad) throws RejectedInputException {
        try {
            return decode(bytes);
        } catch (RejectedInputException wholeFile) {
            if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE)) {
                throw wholeFile; // UTF-16: its lines cannot be cut at newline bytes
            }
        }
        StringBuilder text = new StringBuilder(bytes.length);
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        int lineNo = 1;
        while (start <= bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            byte[] line = java.util.Arrays.copyOfRange(bytes, start, end);
            String decoded = decodeLine(line, lineNo, bad);
            text.append(decoded).append('\n');
            start = end + 1;
            lineNo++;
        }
        return normalise(text.toString());
    }

    private static String decodeLine(byte[] line, int lineNo, BadLine bad) {
        for (int i = 0; i < line.length; i++) {
            if (line[i] == 0) {
                bad.rejected(lineNo, "binary content (NUL byte at byte " + (i + 1) + " of the line), not text");
                return "";
            }
        }
        try {
            return strict(StandardCharsets.UTF_8, line, 0);
        } catch (RejectedInputException notUtf8) {
            String windows = windows1252OrNull(line);
            if (windows == null) {
                bad.rejected(lineNo, "this line is neither valid UTF-8 nor clean Windows-1252 ("
                        + notUtf8.getMessage().replaceFirst(" and not clean Windows-1252 either", "") + " of the line)");
                return "";
            }
            return windows;
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
            throw new RejectedInputException("invalid " + charset.name() + " at byte offset " + in.position()
                    + " and not clean Windows-1252 either");
        } catch (CharacterCodingException e) {
            throw new RejectedInputException("cannot decode as " + charset.name() + ": " + e.getMessage());
        }
    }

    /** Null when a byte is undefined in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D) or a C0 control. */
    private static String windows1252OrNull(byte[] bytes) {
        for (byte value : bytes) {
            int b = value & 0xFF;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return null;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                return null;
            }
        }
        return new String(bytes, WINDOWS_1252);
    }
}

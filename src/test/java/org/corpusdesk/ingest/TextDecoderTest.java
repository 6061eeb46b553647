package org.corpusdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        byte[] bytes = prefixed("Título".getBytes(StandardCharsets.UTF_8), 0xEF, 0xBB, 0xBF);
        assertThat(TextDecoder.decode(bytes)).isEqualTo("Título");
    }

    @Test
    void lineEndsBecomeLineFeeds() throws Exception {
        assertThat(TextDecoder.decode("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\nb\nc\n");
    }

    @Test
    void decomposedAccentsAreComposed() throws Exception {
        String decomposed = "Yerevan Caf\u0065\u0301";
        assertThat(TextDecoder.decode(decomposed.getBytes(StandardCharsets.UTF_8))).isEqualTo("Yerevan Caf\u00e9");
    }

    @Test
    void windows1252CurlyQuotesComeOutRight() throws Exception {
        byte[] bytes = {(byte) 0x93, 'h', 'e', 'l', 'p', (byte) 0x94, ' ', 'i', 't', (byte) 0x92, 's'};
        assertThat(TextDecoder.decode(bytes)).isEqualTo("“help” it’s");
    }

    @Test
    void invalidUtf8ThatIsNotWindows1252IsRejectedWithItsOffset() {
        byte[] bytes = {'o', 'k', ' ', (byte) 0x81, (byte) 0xC3};
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("byte offset 3");
    }

    @Test
    void aReplacementCharacterInValidUtf8IsKept() throws Exception {
        String text = "scraped as \uFFFD by the outlet, “quoted”";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void invalidUtf8NextToAReplacementCharacterIsStillNoticed() {
        byte[] valid = "\uFFFD ok ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(valid, valid.length + 2);
        bytes[valid.length] = (byte) 0x81;
        bytes[valid.length + 1] = (byte) 0xC3;
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("byte offset " + valid.length);
    }

    @Test
    void binaryFilesAreRejected() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 1};
        assertThatThrownBy(() -> TextDecoder.decode(zip)).hasMessageContaining("binary file");
    }

    @Test
    void utf16WithBomIsRead() throws Exception {
        byte[] bytes = prefixed("Nagorno".getBytes(StandardCharsets.UTF_16LE), 0xFF, 0xFE);
        assertThat(TextDecoder.decode(bytes)).isEqualTo("Nagorno");
    }

    private static byte[] prefixed(byte[] body, int... bom) {
        byte[] bytes = new byte[body.length + bom.length];
        for (int i = 0; i < bom.length; i++) {
            bytes[i] = (byte) bom[i];
        }
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        return bytes;
    }

    private static final String RUSSIAN = "Министерство заявило в понедельник, что переговоры о прекращении огня "
            + "продолжатся в Женеве на следующей неделе. Обе стороны подтвердили своё участие.";

    @Test
    void cyrillicInWindows1251OrKoi8IsDetectedAndSaidSo() throws Exception {
        for (String charset : new String[] {"windows-1251", "KOI8-R"}) {
            TextDecoder.Decoded decoded = TextDecoder.decodeWithNote(RUSSIAN.getBytes(java.nio.charset.Charset.forName(charset)));
            assertThat(decoded.text()).as(charset).isEqualTo(RUSSIAN);
            assertThat(decoded.charsetNote()).startsWith("read as " + charset + " (detected with ");
        }
    }

    @Test
    void latin1GermanIsReadAsWindows1252() throws Exception {
        String german = "Die Gespräche über die Waffenruhe werden am Montag in Genf fortgesetzt, sagte die Ministerin.";
        TextDecoder.Decoded decoded = TextDecoder.decodeWithNote(german.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(decoded.text()).isEqualTo(german);
        assertThat(decoded.charsetNote()).startsWith("read as windows-1252");
    }

    @Test
    void bytesNoCharsetExplainsAreRejectedWithOffsetAndBestGuess() {
        byte[] bytes = new byte[64];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' + i % 26 : 0x80 + i % 32);
        }
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageStartingWith("invalid UTF-8 at byte offset 1, and its encoding could not be told: ");
    }

    @Test
    void aJsonLinesLineInTheFilesOtherCharsetIsReadWithIt() throws Exception {
        byte[] good = ("{\"text\": \"" + RUSSIAN + "\"}\n").getBytes(java.nio.charset.Charset.forName("windows-1251"));
        byte[] bytes = new byte[good.length * 2 + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = 0;
        bytes[good.length + 1] = '\n';
        System.arraycopy(good, 0, bytes, good.length + 2, good.length);
        java.util.List<Integer> bad = new java.util.ArrayList<>();
        TextDecoder.Decoded decoded = TextDecoder.decodeLines(bytes, (line, reason) -> bad.add(line));
        assertThat(bad).containsExactly(2);
        assertThat(decoded.text()).contains(RUSSIAN).startsWith("{\"text\": \"Министерство");
        assertThat(decoded.charsetNote()).startsWith("read as windows-1251");
    }
}

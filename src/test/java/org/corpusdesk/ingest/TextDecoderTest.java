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
}

package org.corpusdesk.ingest.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.codec.digest.MurmurHash3;
import org.junit.jupiter.api.Test;

/**
 * Content hashes and sketches are stored, and later imports compare against them: the one-pass folding must give
 * exactly what the straightforward word-by-word definition gives, for any text.
 */
class FoldedTextTest {

    private static final String[] PIECES = {"The", "ministry", "SAID", "42", " ", "  ", "\n", ",", ".", "—", "«", "»",
            "Ереван", "İstanbul", "Straße", "ÉTÉ", "𝐁𝐨𝐥𝐝", "😀", "日本語", "\uD800", "ǅ", "١٢٣", "ß", "Ωmega", "a1b2", "'s"};

    @Test
    void equalsTheWordByWordDefinition() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(0, 40); k > 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            FoldedText folded = FoldedText.of(s);
            List<String> words = referenceWords(s);
            assertThat(folded.sha256Hex()).as(s).isEqualTo(referenceSha256(words));
            assertThat(folded.wordHashes()).as(s).containsExactly(referenceHashes(words));
        }
    }

    @Test
    void emptyAndPunctuationOnlyTextsHaveNoWords() {
        assertThat(FoldedText.of("").wordCount()).isZero();
        assertThat(FoldedText.of(" ,. — ").wordCount()).isZero();
        assertThat(FoldedText.of("").sha256Hex()).isEqualTo(FoldedText.of("...").sha256Hex());
    }

    private static List<String> referenceWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static String referenceSha256(List<String> words) throws Exception {
        byte[] bytes = String.join(" ", words).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static int[] referenceHashes(List<String> words) {
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) {
            byte[] b = words.get(i).getBytes(StandardCharsets.UTF_8);
            out[i] = MurmurHash3.hash32x86(b, 0, b.length, 104729);
        }
        return out;
    }
}

package org.corpusdesk.registry;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching key of a source name or alias: case, accents, a leading "the", possessive "'s" and punctuation
 * do not matter, so "the Russian Foreign Ministry" and "Russian foreign ministry" meet.
 */
public final class AliasKey {

    private AliasKey() {
    }

    public static String of(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'');
        s = s.replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}

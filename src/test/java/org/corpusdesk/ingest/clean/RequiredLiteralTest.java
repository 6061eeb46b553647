package org.corpusdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "NONE", value = {
            "\\[ad_?\\d*\\];[ad",
            "\\bby\\s*\\[author_name\\];[author_name]",
            "sponsored content;sponsored content",
            "colou?r;colo",
            "(?:read)\\s+more!;more!",
            "x{0,3}yz;yz",
            "ab+c;ab",
            "[abc]def;def",
            "\\p{Lu}word\\p{L}+;word",
            "a|b;NONE",
            "(a|b);NONE",
            "(?i)abc;NONE",
            "\\Qa.b\\E;NONE",
            "\\d+;NONE",
            "été;t",
            "[]x]abc;abc",
            "(a[)]b)cd;cd",
            "[a[bc]]de;de",
    })
    void findsTheLongestLiteralEveryMatchContains(String regex, String expected) {
        assertThat(RequiredLiteral.of(regex)).isEqualTo(expected);
    }

    @Test
    void containmentIgnoresCaseLikeTheRules() {
        assertThat(RequiredLiteral.containedIn("Read this [AD_12] now", "[ad")).isTrue();
        assertThat(RequiredLiteral.containedIn("BY [Author_Name]", "[author_name]")).isTrue();
        assertThat(RequiredLiteral.containedIn("no marker here", "[ad")).isFalse();
        assertThat(RequiredLiteral.containedIn("[a", "[ad")).isFalse();
        // non-ASCII letters that fold to ASCII ones count, as in the regex; other non-ASCII text does not
        assertThat(RequiredLiteral.containedIn("the \u212Aelvin scale", "kelvin")).isTrue();
        assertThat(RequiredLiteral.containedIn("Министерство обороны заявило", "contributed")).isFalse();
        assertThat(RequiredLiteral.containedIn("ſponsored", "sponsored")).isTrue();
        assertThat(RequiredLiteral.containedIn("İstanbul", "istanbul")).isTrue();
    }

    /** Every line a rule's regex finds something in also contains the rule's literal: the filter never hides a match. */
    @Test
    void aLineWithoutTheLiteralNeverHasAMatch() {
        List<CleaningRule> rules = CleaningRules.load();
        String[] pieces = {"[ad_1]", "[AD]", "[ad_]", "[Ad_22]", "by [author_name]", "BY[AUTHOR_NAME]", "by  [author_name]",
                "[ad", "ad_1]", "[author", "by", "the", " ", "Ministry", "said", "é", "\u00A0", "[", "]", "_", "1"};
        SplittableRandom random = new SplittableRandom(7);
        int checked = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(1, 8); k > 0; k--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            for (CleaningRule rule : rules) {
                String literal = RequiredLiteral.of(rule.pattern().pattern());
                if (literal != null && rule.pattern().matcher(line).find()) {
                    assertThat(RequiredLiteral.containedIn(line.toString(), literal)).as(rule.name() + " on " + line).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    /** Without a literal for every inline rule, every line of every article is searched with the whole alternation. */
    @Test
    void everyInlineRuleOfTheRulesFileHasALiteral() {
        assertThat(CleaningRules.load().stream().filter(r -> r.scope() == CleaningRule.Scope.INLINE)
                .filter(r -> RequiredLiteral.of(r.pattern().pattern()) == null).map(CleaningRule::name)).isEmpty();
    }

    /** The one-pass scan finds a literal in a line exactly when the character-by-character search does. */
    @Test
    void theLiteralScanAnswersAsTheSearchLineByLine() {
        String[] lines = {"SCROLL down for video", "ſcroll down", "\u212Aeep reading", "İmage via", "caf\u00e9 ımage",
            "nothing here", "Photo by", "“Read more:”", "(Reporting by A; editing by B)", "x(", "b"};
        List<String> literals = List.of("scroll", "keep", "image", "photo", "read more", "by", "(", "(reporting", "b");
        java.util.BitSet[] found = new LiteralScan(literals).lines(String.join("\n", lines));
        for (int l = 0; l < literals.size(); l++) {
            for (int i = 0; i < lines.length; i++) {
                assertThat(found[l].get(i)).as(lines[i] + " / " + literals.get(l))
                        .isEqualTo(RequiredLiteral.containedIn(lines[i], literals.get(l)));
            }
        }
    }
}

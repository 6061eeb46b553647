package org.corpusdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private static final String BODY = "The ministry said it would help.\nTalks continued on Friday in Geneva.";
    private final TextCleaner cleaner = new TextCleaner();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ad-marker          | [ad_1]
            ad-marker          | [ad_2]
            advertisement      | Advertisement
            source-link        | Source link
            leave-a-reply      | Leave a Reply
            post-a-comment     | Post a Comment
            previous-next      | Previous Post Next Post
            latest-headlines   | Latest Headlines
            author-placeholder | . by [author_name]
            """)
    void boilerplateLinesAreRemovedAndRecorded(String rule, String line) {
        CleanedText cleaned = cleaner.clean(line + "\n" + BODY + "\n\n" + line + "\n", "Given title");
        assertThat(cleaned.text()).isEqualTo(BODY);
        assertThat(cleaned.removals()).extracting(Removal::rule).contains(rule);
    }

    @Test
    void adMarkersInsideALineAreCutOut() {
        CleanedText cleaned = cleaner.clean("Russia spoke. [ad_1] Armenia answered.", "T");
        assertThat(cleaned.text()).isEqualTo("Russia spoke. Armenia answered.");
    }

    @Test
    void fixedWidthSpacesBecomePlainSpacesAndBoilerplateBehindThemIsStillFound() {
        CleanedText cleaned = cleaner.clean("Russia\u00A0spoke on\u202F12\u2007October.\n\nAdvertisement\u00A0\n\nArmenia answered.", "T");
        assertThat(cleaned.text()).isEqualTo("Russia spoke on 12 October.\n\nArmenia answered.");
    }

    @Test
    void breadcrumbIsRemovedAndTheHeadlineItEchoesBecomesTheTitle() {
        String text = "Home / news / Raging battles in Karabakh and renewed calls to stop the fighting.\n\n"
                + "Raging battles in Karabakh and renewed calls to stop the fighting.\n\n" + BODY;
        CleanedText cleaned = cleaner.clean(text, null);
        assertThat(cleaned.titleFromText()).isEqualTo("Raging battles in Karabakh and renewed calls to stop the fighting.");
        assertThat(cleaned.text()).isEqualTo(BODY);
        assertThat(cleaned.removals()).extracting(Removal::rule).containsExactly("breadcrumb", "title-line");
    }

    @Test
    void headlineLikeFirstLineBecomesTheTitle() {
        CleanedText cleaned = cleaner.clean("Russia agrees to aid Armenia\n\n" + BODY, null);
        assertThat(cleaned.titleFromText()).isEqualTo("Russia agrees to aid Armenia");
        assertThat(cleaned.text()).isEqualTo(BODY);
    }

    @Test
    void aLongSentenceFirstLineIsNoTitle() {
        String first = "On Saturday, Russia expressed its willingness to provide necessary assistance to Armenia, "
                + "which faces a conflict with Azerbaijan in the breakaway region, should the fighting spill over.";
        CleanedText cleaned = cleaner.clean(first + "\n" + BODY, null);
        assertThat(cleaned.titleFromText()).isNull();
        assertThat(cleaned.text()).startsWith(first);
    }

    @Test
    void headlineRepeatedAsFirstBodyLineIsRemoved() {
        CleanedText cleaned = cleaner.clean("Russia agrees to aid Armenia\n" + BODY, "Russia agrees to aid Armenia");
        assertThat(cleaned.text()).isEqualTo(BODY);
        assertThat(cleaned.removals()).extracting(Removal::rule).containsExactly("repeated-headline");
    }

    @Test
    void aCaptionRepeatedVerbatimIsKeptOnce() {
        String caption = "Rescuers carry a body in Ganja. File Photo by Aziz Karimov/EPA-EFE";
        CleanedText cleaned = cleaner.clean(caption + "\n" + caption + "\n\n" + BODY, "T");
        assertThat(cleaned.text()).isEqualTo(caption + "\n\n" + BODY);
        assertThat(cleaned.removals()).extracting(Removal::rule).containsExactly("repeated-line");
    }

    @Test
    void bylineBecomesTheAuthor() {
        CleanedText cleaned = cleaner.clean("By Jane Doe, Staff Writer\n" + BODY, "T");
        assertThat(cleaned.bylineAuthor()).isEqualTo("Jane Doe");
        assertThat(cleaned.text()).isEqualTo(BODY);
    }

    @Test
    void aSentenceStartingWithByIsNotAByline() {
        CleanedText cleaned = cleaner.clean("By then the talks had failed.\n" + BODY, "T");
        assertThat(cleaned.bylineAuthor()).isNull();
    }

    @Test
    void paragraphsStayAndNonBreakingSpacesBecomeSpaces() {
        CleanedText cleaned = cleaner.clean("First\u00a0paragraph.\n\n\n\nSecond paragraph.\n", "T");
        assertThat(cleaned.text()).isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void malformedRuleFileNamesTheLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> CleaningRules.parse(List.of("# comment", "broken-rule line [unclosed")))
                .hasMessageContaining("line 2");
    }
}

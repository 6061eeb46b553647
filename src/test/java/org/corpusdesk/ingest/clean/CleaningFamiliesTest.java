package org.corpusdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The inline boilerplate families of scraped news and the rules that must not delete real prose, each on lines of
 * our own making that look like the corpora's.
 */
class CleaningFamiliesTest {

    private final TextCleaner cleaner = new TextCleaner();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', ignoreLeadingAndTrailingWhitespace = true, textBlock = """
            image-credit       | The senator left early. Featured image via Pat Example/Getty Images | The senator left early. | ` Featured image via Pat Example/Getty Images`
            image-credit       | The mayor was not amused. Featured image via video screenshot | The mayor was not amused. | ` Featured image via video screenshot`
            image-credit       | A vote is due. Featured image via J. R. Sample/Flickr. | A vote is due. | ` Featured image via J. R. Sample/Flickr.`
            image-credit       | It was a joke.Featured image is a screenshot | It was a joke. | `Featured image is a screenshot`
            image-credit       | Watch it below:Featured image via Sam Sample | Watch it below: | `Featured image via Sam Sample`
            image-credit       | — Ann (@ann) May 4, 2017Featured image via Pool | — Ann (@ann) May 4, 2017 | `Featured image via Pool`
            photo-credit       | Nailed it!Photo by Sam Sample/Getty Images | Nailed it! | `Photo by Sam Sample/Getty Images`
            photo-credit       | The rally was loud (Photo by Sam Sample/Getty Images). Then rain. | The rally was loud. Then rain. | ` (Photo by Sam Sample/Getty Images)`
            photo-credit       | Crowds gathered (AP Photo/Kim Example) outside. | Crowds gathered outside. | ` (AP Photo/Kim Example)`
            photo-credit       | She spoke (Photos: AP & Reuters) to reporters. | She spoke to reporters. | ` (Photos: AP & Reuters)`
            photo-credit       | He smiled (Lee Sample/Pool/Getty Images) and left. | He smiled and left. | ` (Lee Sample/Pool/Getty Images)`
            tweet-picture-link | We will win! pic.twitter.com/AbC123xYz | We will win! | ` pic.twitter.com/AbC123xYz`
            short-link         | Read the memo https://t.co/Xy12Ab | Read the memo | ` https://t.co/Xy12Ab`
            read-more-tail     | The bill passed on Tuesday. Read more: | The bill passed on Tuesday. | ` Read more:`
            read-more-tail     | The bill passed. Read more: Senate vote explained | The bill passed. | ` Read more: Senate vote explained`
            scroll-down        | The storm hit at noon. Scroll down for video The roads closed. | The storm hit at noon. The roads closed. | ` Scroll down for video`
            wire-credit        | Talks resume Monday. (Reporting by Ann Example; Editing by Bo Sample) | Talks resume Monday. | ` (Reporting by Ann Example; Editing by Bo Sample)`
            """)
    void inlineBoilerplateIsCutOutAndTheWordsAroundItKept(String rule, String line, String kept, String removed) {
        CleanedText cleaned = cleaner.clean(line, "Given title");
        assertThat(cleaned.text()).isEqualTo(kept);
        assertThat(cleaned.removals()).extracting(Removal::rule, Removal::text).containsExactly(tuple(rule, removed));
    }

    @Test
    void proseAboutPhotosAndReadingIsKept() {
        String prose = "He showed a photo by his aide. The photo (taken by a tourist) went viral. Read more about the case in our archive, "
                + "she said, and scroll down the page to see the timeline of the featured image controversy.";
        assertThat(cleaner.clean(prose, "T").text()).isEqualTo(prose);
    }

    @Test
    void htmlEntitiesAndEntitiesThatLostTheirAmpersandAreDecoded() {
        CleanedText cleaned = cleaner.clean("Smith &amp; Sons didn&#39;t say &quot;no&quot;; it won#39;t last &mdash; "
                + "Caf&#233; &#3;Reuters & co. #1 seed", "T");
        assertThat(cleaned.text()).isEqualTo("Smith & Sons didn't say \"no\"; it won't last — Café Reuters & co. #1 seed");
        assertThat(cleaned.removals()).extracting(Removal::rule).containsOnly("html-entity").hasSize(8);
    }

    @Test
    void aScrapedPageHeaderIsCutAndItsAuthorKept() {
        CleanedText cleaned = cleaner.clean("By . Example Reporter . PUBLISHED: . 09:15 EST, 2 March 2014 . | . "
                + "UPDATED: . 11:40 EST, 2 March 2014 . A river burst its banks on Sunday.\nSecond paragraph.", "T");
        assertThat(cleaned.text()).isEqualTo("A river burst its banks on Sunday.\nSecond paragraph.");
        assertThat(cleaned.bylineAuthor()).isEqualTo("Example Reporter");
        assertThat(cleaned.removals()).extracting(Removal::rule).containsExactly("page-header");
    }

    @Test
    void aLineThatIsOnlyTheAgencyNameIsASignOff() {
        CleanedText cleaned = cleaner.clean("Shares rose 3 pct in active trading.\n Reuter\n", "T");
        assertThat(cleaned.text()).isEqualTo("Shares rose 3 pct in active trading.");
        assertThat(cleaned.removals()).extracting(Removal::rule).containsExactly("wire-signoff");
    }

    /** A body that opens with a byline and its sentence on one line keeps the sentence (and is never empty). */
    @Test
    void aBylineFollowedByProseOnTheSameLineKeepsTheProse() {
        String body = "By Ann Example - The central bank raised rates on Thursday, citing inflation that has stayed "
                + "above target for a year.";
        assertThat(cleaner.clean(body, "T").text()).isEqualTo(body);
    }

    @Test
    void aWrappedLineStartingWithByIsNoByline() {
        String text = "The ceasefire was brokered\nby Russia and Turkey after weeks of talks.\nBoth sides agreed.";
        CleanedText cleaned = cleaner.clean(text, "T");
        assertThat(cleaned.bylineAuthor()).isNull();
        assertThat(cleaned.text()).isEqualTo(text);
    }

    /** Repeated table rows, wrapped lines and indentation are layout and text, not captions. */
    @Test
    void tablesWrappedParagraphsAndIndentationStay() {
        String text = """
                Results by district:
                  District      Votes    Share
                  North         1,200    40.0
                  South         1,200    40.0
                The count in both districts was confirmed by the
                commission of the region on Monday and the figures
                commission of the region on Monday and the figures
                were published at noon.""";
        assertThat(cleaner.clean(text, "T").text()).isEqualTo(text);
    }

    /** A short line that recurs further down (a fixture list's refrain) is text; a caption repeated at once is not. */
    @Test
    void aShortRefrainFurtherDownStaysAndAnAdjacentRepeatGoes() {
        String fixtures = "Example City v Sample Town\n\nWinners play in the final\n\nOther Town v Far Village\n\n"
                + "Winners play in the final";
        assertThat(cleaner.clean(fixtures, "T").text()).isEqualTo(fixtures);
        CleanedText caption = cleaner.clean("Rescuers at the scene, Example\nRescuers at the scene, Example\n\nBody.", "T");
        assertThat(caption.text()).isEqualTo("Rescuers at the scene, Example\n\nBody.");
    }

    @Test
    void indentationSharedByEveryLineIsRemovedAndTheRestKept() {
        assertThat(cleaner.clean("   One indented line of text.", "T").text()).isEqualTo("One indented line of text.");
        assertThat(cleaner.clean("  Table:\n    a   1\n    b   2", "T").text()).isEqualTo("Table:\n  a   1\n  b   2");
    }

    @Test
    void headlinesWithAbbreviationsAndLeadingPunctuationAreTitles() {
        assertThat(TextCleaner.looksLikeHeadline("U.S. Senate passes the budget after a long night")).isTrue();
        assertThat(TextCleaner.looksLikeHeadline("'We will not yield,' Mr. Example tells the U.N.")).isTrue();
        assertThat(TextCleaner.looksLikeHeadline("...and then there were none: the last survivors speak")).isFalse();
        assertThat(TextCleaner.looksLikeHeadline("\"Example\" tops the charts in the U.K. again")).isTrue();
        assertThat(TextCleaner.looksLikeHeadline("Talks ended. Then the shelling resumed")).isFalse();
        assertThat(TextCleaner.looksLikeHeadline("eShop example now sells the charity single")).isTrue();
        assertThat(TextCleaner.looksLikeHeadline("and then the charity single sold out")).isFalse();
        assertThat(cleaner.clean("(Update 2) Oil falls as stocks rise\n\nThe body of the story.", null).titleFromText())
                .isEqualTo("(Update 2) Oil falls as stocks rise");
    }
}

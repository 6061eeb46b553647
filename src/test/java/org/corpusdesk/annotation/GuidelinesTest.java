package org.corpusdesk.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuidelinesTest {

    @Test
    void markdownBecomesHtmlAndNothingInItRuns() {
        String html = Guidelines.html("""
                **Tag** the speaker, not the verb: *the ministry* said.

                - include titles: "Defence Minister X"
                - [examples](https://example.org/guide)

                <script>alert(1)</script> <img src=x onerror=alert(2)> [bad](javascript:alert(3))
                """);
        assertThat(html).contains("<strong>Tag</strong>", "<em>the ministry</em>", "<li>include titles",
                "href=\"https://example.org/guide\">examples</a>");
        assertThat(html).doesNotContain("<script>", "<img", "href=\"javascript").contains("&lt;script&gt;");
        assertThat(Guidelines.html("[bad](javascript:alert(3))")).doesNotContain("javascript");
        assertThat(Guidelines.html(null)).isEmpty();
        assertThat(Guidelines.html("  ")).isEmpty();
    }
}

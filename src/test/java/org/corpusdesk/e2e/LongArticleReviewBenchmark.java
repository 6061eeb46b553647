package org.corpusdesk.e2e;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.corpusdesk.support.TestData;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A benchmark, not a test (its name keeps it out of the suite; run it with {@code ./mvnw test -Dtest=LongArticleReviewBenchmark}):
 * in Chromium, how long an article of 30,000 characters with 1,000 spans and 300 attributions takes to open (text,
 * spans, side panel and arcs drawn) and a tag round trip takes (select, key, the new span highlighted), beside the
 * floor of the same text with no spans, measured in the same run. Prints the figures (docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:bench-review;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}",
    "vaadin.devmode.liveReload.enabled=false", "vaadin.devmode.devTools.enabled=false", "vaadin.copilot.enable=false"})
class LongArticleReviewBenchmark extends BrowserTest {

    static final long DENSE = 995_000;
    static final long BARE = 995_001;
    static final int PARAGRAPHS = 334;

    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    Page page;
    String text;

    @BeforeAll
    void corpus() {
        StringBuilder t = new StringBuilder();
        List<int[]> spans = new ArrayList<>(); // {start, end, kind: 0 source, 1 cue, 2 claim}
        for (int i = 0; i < PARAGRAPHS; i++) {
            String source = "the ministry of region " + i;
            String claim = (10 + i) + " families were moved";
            t.append("In district ").append(i).append(" ");
            spans.add(new int[] {t.length(), t.length() + source.length(), 0});
            t.append(source).append(" ");
            spans.add(new int[] {t.length(), t.length() + 4, 1});
            t.append("said ");
            spans.add(new int[] {t.length(), t.length() + claim.length(), 2});
            t.append(claim).append(" to shelters, marker p").append(i).append("x.\n\n");
        }
        text = t.toString();
        TestData.article(dsl, DENSE, "A dense article", "Bench Wire", text);
        TestData.article(dsl, BARE, "The same text, no spans", "Bench Wire", text + " ");
        long user = TestData.user(users, userRepository, "bench-editor", Role.EDITOR).id();
        long[] labels = new long[3];
        for (int k = 0; k < 3; k++) {
            labels[k] = dsl.fetchSingle("SELECT id FROM label WHERE kind = ?", new String[] {"SOURCE", "CUE", "CLAIM"}[k])
                    .get(0, Long.class);
        }
        List<long[]> ids = new ArrayList<>();
        for (int[] s : spans.subList(0, 1000)) {
            long id = dsl.insertInto(org.corpusdesk.jooq.Tables.ANNOTATION)
                    .set(org.corpusdesk.jooq.Tables.ANNOTATION.ARTICLE_ID, DENSE)
                    .set(org.corpusdesk.jooq.Tables.ANNOTATION.ANNOTATOR_ID, user)
                    .set(org.corpusdesk.jooq.Tables.ANNOTATION.LABEL_ID, labels[s[2]])
                    .set(org.corpusdesk.jooq.Tables.ANNOTATION.START_CP, s[0]).set(org.corpusdesk.jooq.Tables.ANNOTATION.END_CP, s[1])
                    .set(org.corpusdesk.jooq.Tables.ANNOTATION.COVERED_TEXT, text.substring(s[0], s[1]))
                    .returning(org.corpusdesk.jooq.Tables.ANNOTATION.ID).fetchOne().getId();
            ids.add(new long[] {id, s[2]});
        }
        for (int p = 0; p < 300; p++) {
            dsl.insertInto(org.corpusdesk.jooq.Tables.ATTRIBUTION)
                    .set(org.corpusdesk.jooq.Tables.ATTRIBUTION.CLAIM_ANNOTATION_ID, ids.get(3 * p + 2)[0])
                    .set(org.corpusdesk.jooq.Tables.ATTRIBUTION.SOURCE_ANNOTATION_ID, ids.get(3 * p)[0])
                    .set(org.corpusdesk.jooq.Tables.ATTRIBUTION.CUE_ANNOTATION_ID, ids.get(3 * p + 1)[0]).execute();
        }
        dsl.execute("UPDATE article SET annotation_count = 1000 WHERE id = ?", DENSE);
        page = newPage();
        signIn(page, "bench-editor", "test password 123");
    }

    /** Milliseconds to open the article until its text, spans and (with attributions) arcs are drawn. */
    private double open(long id, int arcs) {
        long start = System.nanoTime();
        page.navigate(url("article/" + id));
        page.waitForFunction("n => document.querySelector('#article-text')"
                + " && document.querySelectorAll('#article-text [data-s]').length > 0"
                + " && document.querySelectorAll('#article-text svg.cd-arcs path.cd-arc-source').length === n", arcs);
        ReviewE2ETest.settle(page);
        return (System.nanoTime() - start) / 1e6;
    }

    /** Milliseconds to go from the open article to its neighbour in the app (no page load), until it is drawn. */
    private double step(String button, int arcs) {
        ReviewE2ETest.settle(page);
        long start = System.nanoTime();
        page.locator(button).click();
        page.waitForFunction("n => document.querySelectorAll('#article-text svg.cd-arcs path.cd-arc-source').length === n"
                + " && document.querySelectorAll('#article-text [data-s]').length > 0", arcs);
        ReviewE2ETest.settle(page);
        return (System.nanoTime() - start) / 1e6;
    }

    /** Milliseconds from the key press to the new span highlighted in the text. */
    private double tag(String phrase) {
        ReviewE2ETest.select(page, phrase);
        int start = text.indexOf(phrase);
        long t0 = System.nanoTime();
        page.keyboard().press("s");
        page.waitForFunction("s => { const e = document.querySelector('#article-text [data-s=\"' + s + '\"]');"
                + " return e && e.style.borderBottom; }", start);
        return (System.nanoTime() - t0) / 1e6;
    }

    @Test
    void printFigures() {
        List<Double> dense = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        open(DENSE, 300); // warm-up: the server's first render of the view, the browser's caches
        open(BARE, 0);
        for (int round = 0; round < 5; round++) {
            dense.add(open(DENSE, 300));
            bare.add(open(BARE, 0));
        }
        // in the app, as an editor goes from article to article: DENSE and BARE are neighbours
        List<Double> stepDense = new ArrayList<>();
        List<Double> stepBare = new ArrayList<>();
        open(DENSE, 300);
        for (int round = 0; round < 5; round++) {
            stepBare.add(step("#next-article", 0));
            stepDense.add(step("#previous-article", 300));
        }
        List<Double> tagDense = new ArrayList<>();
        open(DENSE, 300);
        for (int i = 0; i < 10; i++) {
            tagDense.add(tag("marker p" + (100 + i * 20) + "x"));
        }
        List<Double> tagBare = new ArrayList<>();
        open(BARE, 0);
        for (int i = 0; i < 10; i++) {
            tagBare.add(tag("marker p" + (100 + i * 20) + "x"));
        }
        System.out.printf(Locale.ROOT, "%nLong-article review benchmark: %,d characters, 1,000 spans, 300 attributions; "
                + "Chromium %s, %d cores%n", text.length(), browser.version(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  page load (text, spans, arcs)     median %6.0f ms, max %6.0f ms%n",
                median(dense), Collections.max(dense));
        System.out.printf(Locale.ROOT, "  page load, text without spans    median %6.0f ms, max %6.0f ms   (floor)%n",
                median(bare), Collections.max(bare));
        System.out.printf(Locale.ROOT, "  next/previous in the app         median %6.0f ms, max %6.0f ms   (target < 1,000 ms)%n",
                median(stepDense), Collections.max(stepDense));
        System.out.printf(Locale.ROOT, "  the same, to the text alone      median %6.0f ms, max %6.0f ms   (floor)%n",
                median(stepBare), Collections.max(stepBare));
        System.out.printf(Locale.ROOT, "  tag round trip on it             median %6.0f ms, max %6.0f ms   (target < 200 ms)%n",
                median(tagDense), Collections.max(tagDense));
        System.out.printf(Locale.ROOT, "  tag round trip, no other spans   median %6.0f ms, max %6.0f ms   (floor)%n%n",
                median(tagBare), Collections.max(tagBare));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

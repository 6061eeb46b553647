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
 * A benchmark, not a test (its name keeps it out of the suite; run it with {@code ./mvnw test -Dtest=CurationViewBenchmark}):
 * in Chromium, how long the curation view of an article with 6 editors' layers of 200 spans each takes to open
 * (merged text and the variants' list drawn), from the address bar and from the previous article in the app ("next to
 * curate"), beside the floor of the same text with two layers of one span, measured in the same run. Prints the
 * figures (docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:bench-curation;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}",
    "vaadin.devmode.liveReload.enabled=false", "vaadin.devmode.devTools.enabled=false", "vaadin.copilot.enable=false"})
class CurationViewBenchmark extends BrowserTest {

    static final long FIRST = 996_000;
    static final long SECOND = 996_001;
    static final long BARE = 996_002;
    static final int UNITS = 200;
    static final int LAYERS = 6;

    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    Page page;

    @BeforeAll
    void corpus() {
        StringBuilder t = new StringBuilder();
        List<int[]> claims = new ArrayList<>(); // {start, end of the claim, end without its last word}
        for (int i = 0; i < UNITS; i++) {
            t.append("In district ").append(i).append(" the ministry said ");
            String claim = (10 + i) + " families were moved";
            claims.add(new int[] {t.length(), t.length() + claim.length(), t.length() + claim.length() - " moved".length()});
            t.append(claim).append(" to shelters.\n\n");
        }
        String text = t.toString();
        long label = dsl.fetchSingle("SELECT id FROM label WHERE kind = 'CLAIM'").get(0, Long.class);
        for (long article : new long[] {FIRST, SECOND, BARE}) {
            TestData.article(dsl, article, "Curation bench " + article, "Bench Wire", text);
            for (int layer = 0; layer < LAYERS; layer++) {
                long editor = TestData.user(users, userRepository, "bench-ed" + layer, Role.EDITOR).id();
                if (article == BARE && layer > 1) {
                    break;
                }
                int spans = article == BARE ? 1 : UNITS;
                var insert = dsl.batch(dsl.insertInto(org.corpusdesk.jooq.Tables.ANNOTATION,
                        org.corpusdesk.jooq.Tables.ANNOTATION.ARTICLE_ID, org.corpusdesk.jooq.Tables.ANNOTATION.ANNOTATOR_ID,
                        org.corpusdesk.jooq.Tables.ANNOTATION.LABEL_ID, org.corpusdesk.jooq.Tables.ANNOTATION.START_CP,
                        org.corpusdesk.jooq.Tables.ANNOTATION.END_CP, org.corpusdesk.jooq.Tables.ANNOTATION.COVERED_TEXT)
                        .values((Long) null, null, null, null, null, null));
                for (int i = 0; i < spans; i++) {
                    int[] c = claims.get(i);
                    // one editor in five leaves out the last word: a conflict there
                    int end = (i + layer) % 5 == 0 ? c[2] : c[1];
                    insert.bind(article, editor, label, c[0], end, text.substring(c[0], end));
                }
                insert.execute();
            }
        }
        dsl.execute("UPDATE article SET annotation_count = 1200 WHERE id IN (?, ?)", FIRST, SECOND);
        TestData.user(users, userRepository, "bench-curator", Role.CURATOR);
        page = newPage();
        signIn(page, "bench-curator", "test password 123");
    }

    private static final String DRAWN = "([n, title]) => document.querySelectorAll('#curation-text mark').length === n"
            + " && document.querySelector('h2') && document.querySelector('h2').textContent.includes(title)"
            + " && document.querySelectorAll('#curation-spans vaadin-grid-cell-content').length > 20";

    /** Milliseconds to open the curation view from the address bar until the text's units and the list are drawn. */
    private double open(long id, int units) {
        long start = System.nanoTime();
        page.navigate(url("curate/" + id));
        page.waitForFunction(DRAWN, List.of(units, "Curation bench " + id));
        ReviewE2ETest.settle(page);
        return (System.nanoTime() - start) / 1e6;
    }

    /** Milliseconds from "next to curate" on FIRST until SECOND is drawn. */
    private double next() {
        open(FIRST, UNITS);
        long start = System.nanoTime();
        page.locator("#next-to-curate").click();
        page.waitForFunction(DRAWN, List.of(UNITS, "Curation bench " + SECOND));
        ReviewE2ETest.settle(page);
        return (System.nanoTime() - start) / 1e6;
    }

    @Test
    void printFigures() {
        List<Double> dense = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> inApp = new ArrayList<>();
        open(FIRST, UNITS); // warm-up
        open(BARE, 1);
        for (int round = 0; round < 5; round++) {
            dense.add(open(FIRST, UNITS));
            bare.add(open(BARE, 1));
            inApp.add(next());
        }
        System.out.printf(Locale.ROOT, "%nCuration view benchmark: %d layers of %d spans (%d spans); Chromium %s, %d cores%n",
                LAYERS, UNITS, LAYERS * UNITS, browser.version(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  page load (merged text, variants)  median %6.0f ms, max %6.0f ms   (target < 1,000 ms)%n",
                median(dense), Collections.max(dense));
        System.out.printf(Locale.ROOT, "  next to curate in the app          median %6.0f ms, max %6.0f ms%n",
                median(inApp), Collections.max(inApp));
        System.out.printf(Locale.ROOT, "  page load, two layers of one span  median %6.0f ms, max %6.0f ms   (floor)%n%n",
                median(bare), Collections.max(bare));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

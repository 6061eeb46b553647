package org.corpusdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpusdesk.ingest.ImportListener;
import org.corpusdesk.ingest.ImportOptions;
import org.corpusdesk.ingest.ImportService;
import org.corpusdesk.support.Seeds;
import org.corpusdesk.support.TestData;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** In a real browser, on the seed corpus: select text, tag it by hotkey, correct metadata, and no HTML injection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:e2e-review;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}",
    "vaadin.devmode.liveReload.enabled=false", "vaadin.devmode.devTools.enabled=false", "vaadin.copilot.enable=false"})
class ReviewE2ETest extends BrowserTest {

    static final String PASSWORD = "editor password 1";
    static final String PHRASE = "the Russian Foreign Ministry";

    @Autowired ImportService importer;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    Page page;

    @BeforeAll
    void start() {
        importer.importPaths(List.of(Seeds.folder()), new ImportOptions("CLI", null, null), ImportListener.NONE);
        TestData.user(users, userRepository, "reviewer", Role.EDITOR);
        TestData.user(users, userRepository, "reviewer-admin", Role.ADMIN);
        page = newPage();
        Browser.signIn(page, url(""), "reviewer", "test password 123");
        assertThat(page.locator("#current-user")).hasText("reviewer · editor");
    }

    @Test
    void selectingTextAndPressingTheHotkeyTagsWholeWordsInCodePoints() throws Exception {
        long id = ((Number) dsl.fetchValue("SELECT id FROM article WHERE clean_text LIKE '%" + PHRASE + " said%'")).longValue();
        String clean = (String) dsl.fetchValue("SELECT clean_text FROM article WHERE id = " + id);
        int from = clean.indexOf("Russian Foreign Ministry") + 2; // a sloppy selection: "ssian Foreign Minis"
        int to = clean.indexOf("Russian Foreign Ministry") + "Russian Foreign Minis".length();

        page.navigate(url("article/" + id));
        assertThat(page.locator("#article-text")).containsText(PHRASE);
        page.evaluate("([from, to]) => { const t = document.querySelector('#article-text [data-s=\"0\"]').firstChild;"
                + " const r = document.createRange(); r.setStart(t, from); r.setEnd(t, to);"
                + " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); }", List.of(from, to));
        page.locator("#article-text").focus();
        page.keyboard().press("s");
        assertThat(page.locator("#annotations-grid")).containsText("Russian Foreign Ministry");

        var row = dsl.fetchOne("SELECT start_cp, end_cp, text, annotator, label FROM v_annotation WHERE article_id = " + id);
        assertThat(row.get("TEXT")).isEqualTo("Russian Foreign Ministry");
        assertThat(row.get("ANNOTATOR")).isEqualTo("reviewer");
        assertThat(row.get("LABEL")).isEqualTo("SOURCE");
        int start = (Integer) row.get("START_CP");
        assertThat(clean.codePointCount(0, clean.indexOf("Russian Foreign Ministry"))).isEqualTo(start);

        Path shots = Path.of("target", "screenshots"); // docs/screenshots holds reviewed copies of these
        Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("article-view.png")));
        page.navigate(url(""));
        assertThat(page.locator("#status-counts")).containsText("new");
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("queue.png")));
    }

    @Test
    void metadataCorrectionsAreSavedWithHistory() {
        long id = ((Number) dsl.fetchValue("SELECT min(id) FROM article WHERE title IS NULL")).longValue();
        page.navigate(url("article/" + id));
        page.getByText("Metadata", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("#meta-title input").fill("Russia offers Armenia help");
        page.locator("#meta-save").click();
        assertThat(page.locator("#metadata-history")).containsText("Russia offers Armenia help");
        assertThat(dsl.fetchValue("SELECT title FROM v_article WHERE id = " + id)).isEqualTo("Russia offers Armenia help");
        assertThat(dsl.fetchValue("SELECT changed_by FROM v_metadata_revision WHERE article_id = " + id + " AND field = 'title'"))
                .isEqualTo("reviewer");
    }

    @Test
    void markupInArticlesIsShownAsTextNeverRun() {
        String evil = "<script>window.pwned = 1</script> Officials said <img src=x onerror=\"window.pwned = 2\"> nothing.";
        TestData.article(dsl, 990_001, "<b>bold title</b>", "Outlet <i>", evil);
        page.navigate(url("article/990001"));
        assertThat(page.locator("#article-text")).containsText("<script>window.pwned = 1</script>");
        assertThat(page.locator("#article-text img")).hasCount(0);
        assertThat(page.locator("#article-text script")).hasCount(0);
        assertThat(page.getByText("<b>bold title</b>")).isVisible();
        assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    }

    /** Selects the first occurrence of {@code phrase} in the article text, across highlighted pieces. */
    /** Waits until Vaadin has no request in flight, so the page shows the server's last answer. */
    static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    static void select(Page page, String phrase) {
        settle(page);
        assertThat(page.locator("#article-text")).containsText(phrase);
        page.locator("#article-text").focus();
        page.evaluate("phrase => { const root = document.querySelector('#article-text');"
                + " const nodes = []; const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
                + " while (walk.nextNode()) nodes.push(walk.currentNode);"
                + " const all = nodes.map(n => n.textContent).join(''); const at = all.indexOf(phrase);"
                + " if (at < 0) throw new Error('not in the text: ' + phrase);"
                + " function point(offset) { for (const n of nodes) { if (offset <= n.textContent.length) return [n, offset];"
                + " offset -= n.textContent.length; } }"
                + " const [sn, so] = point(at); const [en, eo] = point(at + phrase.length);"
                + " const r = document.createRange(); r.setStart(sn, so); r.setEnd(en, eo);"
                + " const s = window.getSelection(); s.removeAllRanges(); s.addRange(r); }", phrase);
    }

    @Test
    void theUpiArticleTaggedAttributedAndCorrectedSurvivesAReloadAndAConcurrentEditIsNotLost() {
        long id = ((Number) dsl.fetchValue("SELECT id FROM article WHERE outlet = 'UPI'")).longValue();
        page.navigate(url("article/" + id));
        select(page, "Russian Foreign Ministry");
        page.keyboard().press("s");
        assertThat(page.locator("#annotations-grid")).containsText("Russian Foreign Ministry");
        page.locator("#create-source").click();
        page.locator("#create-source-confirm").click();
        assertThat(page.locator("#registry-source input")).hasValue("Russian Foreign Ministry");
        page.locator("#annotation-save").click();

        String claim = "it will offer \"all the necessary assistance\" if the Azeri clashes spill into it territory";
        select(page, claim);
        page.keyboard().press("c");
        assertThat(page.locator("#annotations-grid")).containsText("all the necessary assistance");
        page.locator("#attributed-source").click();
        page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Russian Foreign Ministry")).first().click();
        page.locator("#annotation-save").click();
        page.waitForCondition(() -> dsl.fetchCount(org.corpusdesk.jooq.Tables.ATTRIBUTION) > 0);

        page.getByText("Metadata", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("#meta-title input").fill("Russia pledges help to Armenia");
        page.locator("#meta-save").click();
        assertThat(page.locator("#metadata-history")).containsText("Russia pledges help to Armenia");

        page.reload();
        assertThat(page.locator("#annotations-grid")).containsText("Russian Foreign Ministry");
        assertThat(page.locator("#annotations-grid")).containsText("all the necessary assistance");
        assertThat(dsl.fetchValue("SELECT title FROM v_article WHERE id = " + id)).isEqualTo("Russia pledges help to Armenia");
        assertThat(dsl.fetchValue("SELECT registry_source_name FROM v_attribution WHERE article_id = " + id))
                .isEqualTo("Russian Foreign Ministry");
        assertThat(dsl.fetchValue("SELECT claim_text FROM v_attribution WHERE article_id = " + id).toString())
                .startsWith("it will offer");

        // a second editor, in another browser, edits the same article at the same time
        TestData.user(users, userRepository, "second-reviewer", Role.EDITOR);
        Page other = browser.newContext().newPage();
        other.setDefaultTimeout(30_000);
        Browser.signIn(other, url(""), "second-reviewer", "test password 123");
        other.waitForURL(u -> !u.contains("/login"));
        other.navigate(url("article/" + id));
        other.getByText("Metadata", new Page.GetByTextOptions().setExact(true)).click();
        page.getByText("Metadata", new Page.GetByTextOptions().setExact(true)).click();

        page.locator("#meta-outlet input").fill("United Press International");
        page.locator("#meta-save").click();
        assertThat(page.locator("#metadata-history")).containsText("United Press International");

        other.locator("#meta-title input").fill("Moscow promises Yerevan assistance");
        other.locator("#meta-save").click();
        assertThat(other.locator("#conflict-dialog")).containsText("outlet: UPI → United Press International");
        other.getByText("Re-apply my changes on top").click();
        assertThat(other.locator("#metadata-history")).containsText("Moscow promises Yerevan assistance");
        assertThat(dsl.fetchValue("SELECT title FROM v_article WHERE id = " + id)).isEqualTo("Moscow promises Yerevan assistance");
        assertThat(dsl.fetchValue("SELECT outlet FROM v_article WHERE id = " + id)).isEqualTo("United Press International");
        other.context().close();
    }

    @Test
    void wordsCanBeSelectedAndTaggedWithTheKeyboardAlone() {
        TestData.article(dsl, 990_002, "Keyboard", "Test", "Officials in Baku said two drones were downed.");
        page.navigate(url("article/990002"));
        assertThat(page.locator("#article-text")).containsText("Officials in Baku");
        settle(page);
        page.locator("#article-text").focus();
        page.keyboard().press("Home");
        page.keyboard().press("ArrowRight"); // after "Officials"
        page.keyboard().press("ArrowRight"); // after "in"
        page.keyboard().press("Shift+ArrowRight"); // " Baku"
        page.keyboard().press("q");
        assertThat(page.locator("#annotations-grid")).containsText("Baku");
        assertThat(dsl.fetchValue("SELECT text FROM v_annotation WHERE article_id = 990002")).isEqualTo("Baku");
    }
}

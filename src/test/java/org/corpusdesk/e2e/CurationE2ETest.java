package org.corpusdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpusdesk.article.ArticleAssignmentService;
import org.corpusdesk.export.ExportRequest;
import org.corpusdesk.export.ExportService;
import org.corpusdesk.export.ExportStatus;
import org.corpusdesk.support.As;
import org.corpusdesk.support.TestData;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quality loop in a browser: two editors annotate one article blind, the curator sees both layers, accepts the
 * agreed spans with one key, resolves the conflict by choosing one side, marks the article curated, and the gold
 * export holds exactly the curated spans.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:e2e-curation;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}",
    "vaadin.devmode.liveReload.enabled=false", "vaadin.devmode.devTools.enabled=false", "vaadin.copilot.enable=false"})
class CurationE2ETest extends BrowserTest {

    static final long ARTICLE = 993_001;
    static final String PASSWORD = "test password 123";

    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired ArticleAssignmentService assignments;
    @Autowired ExportService export;
    @Autowired DSLContext dsl;

    @Test
    void twoEditorsBlindThenTheCuratorMergesTheirLayersIntoTheGoldExport(@TempDir Path out) throws Exception {
        TestData.article(dsl, ARTICLE, "Bridge", "Wire", "The mayor said 12 people were hurt when the bridge fell.");
        AppUser ann = TestData.user(users, userRepository, "ann-cur", Role.EDITOR);
        AppUser bob = TestData.user(users, userRepository, "bob-cur", Role.EDITOR);
        AppUser cora = TestData.user(users, userRepository, "cora-cur", Role.CURATOR);
        As.user(cora.id(), "cora-cur", Role.CURATOR, () -> assignments.assign(List.of(ARTICLE), ann.id()));
        As.user(cora.id(), "cora-cur", Role.CURATOR, () -> assignments.addAssignee(List.of(ARTICLE), bob.id()));

        annotate("ann-cur", "12 people were hurt");
        annotate("bob-cur", "people were hurt");

        Page curator = newPage();
        signIn(curator, "cora-cur", PASSWORD);
        curator.navigate(url("curate/" + ARTICLE));
        assertThat(curator.locator("vaadin-vertical-layout p").first()).containsText("2 editors' layers (ann-cur, bob-cur)");
        assertThat(curator.locator("#curation-text mark.agreed")).hasText("The mayor");
        assertThat(curator.locator("#curation-text mark.conflict")).hasText("12 people were hurt");
        curator.locator("#curation-text").click(new com.microsoft.playwright.Locator.ClickOptions().setPosition(1, 1));
        curator.keyboard().press("a");
        assertThat(curator.locator("vaadin-notification-card").last()).containsText("1 agreed span(s) accepted");
        assertThat(curator.locator("#curation-spans")).containsText("ann-cur, bob-cur · 2/2");
        java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
        Files.createDirectories(shots);
        curator.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("curation.png")));
        // the conflict: ann's longer claim and bob's shorter one are rows next to each other; choose ann's
        curator.locator("#curation-spans vaadin-grid-cell-content").getByText("12 people were hurt", new
                com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
        curator.keyboard().press("g");
        assertThat(curator.locator("vaadin-notification-card").last()).containsText("1 span(s) accepted");
        curator.keyboard().press("c");
        assertThat(curator.locator("vaadin-notification-card").last()).containsText("curated");
        assertThat(dsl.fetchValue("SELECT status FROM article WHERE id = " + ARTICLE)).isEqualTo("CURATED");

        // agreement is computed in the background; its rows reach the page without another click
        curator.navigate(url("agreement"));
        curator.locator("#agreement-compute").click();
        assertThat(curator.locator("#agreement-grid")).containsText("ann-cur · bob-cur");

        As.user(cora.id(), "cora-cur", Role.CURATOR, () -> export.export(new ExportRequest("jsonl", out,
                ExportStatus.APPROVED, List.of(), null, true, null, 1, false)));
        JsonNode row = null;
        for (String line : Files.readAllLines(out.resolve("data.jsonl"))) {
            JsonNode j = JsonMapper.builder().build().readTree(line);
            if (j.get("id").asLong() == ARTICLE) {
                row = j;
            }
        }
        List<String> spans = new ArrayList<>();
        row.get("spans").forEach(s -> spans.add(s.get("label").asString() + " " + s.get("text").asString()));
        assertThat(spans).containsExactly("SOURCE The mayor", "CLAIM 12 people were hurt");
    }

    /** An editor tags the source and a claim, and sees no one else's spans (blind annotation). */
    private void annotate(String editor, String claim) {
        Page page = newPage();
        signIn(page, editor, PASSWORD);
        page.navigate(url("article/" + ARTICLE));
        assertThat(page.locator("#others-too")).isHidden();
        ReviewE2ETest.select(page, "The mayor");
        page.keyboard().press("s");
        ReviewE2ETest.select(page, claim);
        page.keyboard().press("c");
        assertThat(page.locator("#article-text span[title]")).hasCount(2);
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM annotation a JOIN app_user u ON u.id = a.annotator_id "
                + "WHERE u.username = '" + editor + "' AND a.article_id = " + ARTICLE)).isEqualTo(2L);
        page.context().close();
    }
}

package org.corpusdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.corpusdesk.article.ArticleAssignmentService;
import org.corpusdesk.support.As;
import org.corpusdesk.support.TestData;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The workflow rules in a real browser, on a database where assignment is in use: an editor's queue opens on their
 * assignments, another editor's article is read-only for them and refused on the server, an editor is offered only
 * the statuses an editor may set, and a typed ISO date is taken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:e2e-workflow;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}",
    "vaadin.devmode.liveReload.enabled=false", "vaadin.devmode.devTools.enabled=false", "vaadin.copilot.enable=false"})
class WorkflowRulesE2ETest extends BrowserTest {

    static final long ANNS = 992_001;
    static final long BOBS = 992_002;

    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired ArticleAssignmentService assignments;
    @Autowired DSLContext dsl;

    Page page;

    @BeforeAll
    void start() {
        TestData.article(dsl, ANNS, "Ann's article", "Wire", "The mayor said the bridge would reopen on Monday.");
        TestData.article(dsl, BOBS, "Bob's article", "Wire", "The council said the budget was cut.");
        AppUser ann = TestData.user(users, userRepository, "ann-e2e", Role.EDITOR);
        AppUser bob = TestData.user(users, userRepository, "bob-e2e", Role.EDITOR);
        AppUser cora = TestData.user(users, userRepository, "cora-e2e", Role.CURATOR);
        As.user(cora.id(), "cora-e2e", Role.CURATOR, () -> assignments.assign(List.of(ANNS), ann.id()));
        As.user(cora.id(), "cora-e2e", Role.CURATOR, () -> assignments.assign(List.of(BOBS), bob.id()));
        page = newPage();
        signIn(page, "ann-e2e", "test password 123");
    }

    @Test
    void anEditorWorksOnTheirOwnAssignmentsOnly() {
        page.navigate(url(""));
        assertThat(page.locator("#only-mine")).hasAttribute("checked", "");
        assertThat(page.locator("#queue-grid")).containsText("Ann's article");
        assertThat(page.locator("#queue-grid")).not().containsText("Bob's article");

        page.navigate(url("article/" + BOBS));
        assertThat(page.locator("#article-read-only")).containsText("not assigned to you");
        ReviewE2ETest.select(page, "The council");
        page.keyboard().press("s");
        assertThat(page.locator("vaadin-notification-card").last()).containsText("not assigned to you");
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM annotation WHERE article_id = " + BOBS)).isEqualTo(0L);
    }

    @Test
    void anEditorIsOfferedTheirStatusesAndTypesAnIsoDate() {
        page.navigate(url("article/" + ANNS));
        page.getByText("Metadata", new Page.GetByTextOptions().setExact(true)).click();
        page.locator("#meta-published input").fill("2020-10-31");
        page.locator("#meta-published input").press("Enter");
        page.locator("#meta-save").click();
        assertThat(page.locator("#metadata-history")).containsText("published_on");
        assertThat(dsl.fetchValue("SELECT CAST(published_on AS VARCHAR(10)) FROM article WHERE id = " + ANNS))
                .isEqualTo("2020-10-31");
        page.locator("vaadin-select").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("new")).first().click();
        page.locator("vaadin-select-list-box vaadin-select-item:visible").first().waitFor();
        assertThat(page.locator("vaadin-select-list-box vaadin-select-item:visible").allInnerTexts().stream().map(String::strip).toList())
                .containsExactly("new", "in progress", "done");
        page.keyboard().press("Escape");
    }
}

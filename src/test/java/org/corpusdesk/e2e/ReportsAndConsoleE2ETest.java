package org.corpusdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** In a real browser, on the seed corpus: a curator runs a query in the SQL console, sees the grid, downloads the CSV; the reports page draws. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:e2e-reports;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}",
    "vaadin.devmode.liveReload.enabled=false", "vaadin.devmode.devTools.enabled=false", "vaadin.copilot.enable=false"})
class ReportsAndConsoleE2ETest extends BrowserTest {

    @Autowired ImportService importer;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired org.jooq.DSLContext dsl;
    @Autowired javax.sql.DataSource dataSource;

    Page page;

    @BeforeAll
    void start() {
        importer.importPaths(List.of(Seeds.folder()), new ImportOptions("CLI", null, null), ImportListener.NONE);
        TestData.user(users, userRepository, "report-curator", Role.CURATOR);
        page = newPage();
        Browser.signIn(page, url(""), "report-curator", "test password 123");
        assertThat(page.locator("#current-user")).containsText("report-curator");
    }

    @Test
    void aQueryInTheConsoleFillsTheGridAndDownloadsAsCsv() throws Exception {
        page.navigate(url("sql"));
        page.locator("#sql-editor textarea").fill("SELECT outlet, COUNT(*) AS articles FROM v_article GROUP BY outlet ORDER BY outlet");
        page.locator("#sql-run").click();
        int outlets = dsl.fetchSingle("SELECT COUNT(*) FROM (SELECT outlet FROM article GROUP BY outlet) o").get(0, Integer.class);
        assertThat(page.locator("#sql-status")).containsText(outlets + " row");
        assertThat(page.locator("#sql-grid")).containsText("ARTICLES");
        Download download = page.waitForDownload(() -> page.locator("#sql-csv").click());
        List<String> lines = Files.readAllLines(download.path());
        assertThat(lines.get(0)).isEqualTo("OUTLET,ARTICLES");
        assertThat(lines).hasSize(outlets + 1);

        page.locator("#sql-editor textarea").fill("DELETE FROM article");
        page.locator("#sql-run").click();
        assertThat(page.locator("#sql-status")).containsText(java.util.regex.Pattern.compile("not allowed|only queries"));
        assertThat(dsl.fetchCount(org.corpusdesk.jooq.Tables.ARTICLE)).as("nothing deleted").isPositive();
    }

    @Test
    void theReportsPageShowsATableAndAChart() throws Exception {
        page.navigate(url("reports"));
        assertThat(page.locator("#report-status")).containsText("row");
        page.locator("#report-list").getByText("Story clusters and duplicates").click();
        assertThat(page.locator("#report-status")).containsText("row");
        page.locator("#report-list").getByText("Progress: articles per status").click();
        assertThat(page.locator("#report-grid")).containsText("NEW");
        assertThat(page.locator("#report-chart")).isVisible();
        assertThat(page.locator("#report-chart")).hasAttribute("src", java.util.regex.Pattern.compile("^data:image/svg\\+xml;base64,"));
        Path shots = Path.of("target", "screenshots"); // docs/screenshots holds reviewed copies of these
        Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("reports.png")));

        // a status written around the application: the counts show it once recounted
        long first = dsl.fetchSingle("SELECT MIN(id) FROM article").get(0, Long.class);
        String was = dsl.fetchSingle("SELECT status FROM article WHERE id = ?", first).get(0, String.class);
        behindTheAppsBack("UPDATE article SET status = 'REJECTED' WHERE id = " + first);
        try {
            page.locator("#report-run").click();
            assertThat(page.locator("#report-grid")).not().containsText("REJECTED");
            page.locator("#report-recount").click();
            assertThat(page.locator("#report-grid")).containsText("REJECTED");
        } finally {
            behindTheAppsBack("UPDATE article SET status = '" + was + "' WHERE id = " + first);
        }
    }

    private void behindTheAppsBack(String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}

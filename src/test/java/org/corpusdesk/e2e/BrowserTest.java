package org.corpusdesk.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test: Debian's chromium through Playwright against the app on a random port, 30 s patience. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    static final double SLOW = 30_000;

    @LocalServerPort
    int port;

    Playwright playwright;
    com.microsoft.playwright.Browser browser;

    @BeforeAll
    void launchBrowser() {
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(SLOW);
    }

    @AfterAll
    void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** A page in a new browser context (its own cookies), 1400×900, downloads allowed. */
    Page newPage() {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1400, 900).setAcceptDownloads(true)).newPage();
        page.setDefaultTimeout(SLOW);
        return page;
    }

    void signIn(Page page, String user, String password) {
        Browser.signIn(page, url(""), user, password);
    }
}

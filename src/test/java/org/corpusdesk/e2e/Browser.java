package org.corpusdesk.e2e;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Playwright on Debian's chromium: never a downloaded browser. Fails loudly when chromium is missing
 * ({@code .ci/run} installs it).
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("corpusdesk.chromium", "/usr/bin/chromium"));

    private Browser() {
    }

    static Playwright playwright() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing: install it with apt-get install -y chromium "
                    + "(.ci/run does), or point -Dcorpusdesk.chromium at a Chromium binary");
        }
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static com.microsoft.playwright.Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /**
     * Signs in through the login form at {@code baseUrl}/login. Done when the page shows the signed-in user
     * (#current-user) or the login error (/login?error). A submit that led to neither within 15 s (seen in
     * loaded CI runs: the form not ready, or the session not yet kept) is retried twice.
     */
    static void signIn(com.microsoft.playwright.Page page, String baseUrl, String user, String password) {
        for (int attempt = 1; ; attempt++) {
            page.navigate(baseUrl + "login");
            // filling and clicking before the web component is upgraded and Vaadin is idle can submit nothing
            page.waitForFunction("() => customElements.get('vaadin-login-form') && window.Vaadin && window.Vaadin.Flow"
                    + " && Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive || !c.isActive())");
            page.locator("vaadin-login-form input[name=username]").fill(user);
            page.locator("vaadin-login-form input[name=password]").fill(password);
            page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form button[type=submit]").first().click();
            try {
                page.waitForFunction("() => location.search.includes('error') || document.querySelector('#current-user')",
                        null, new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(15_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }
}

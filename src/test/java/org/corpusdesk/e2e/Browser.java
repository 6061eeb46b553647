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
}

package org.corpusdesk.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * In a real browser: first-run setup → sign-in → an editor opening an admin page gets "Access denied";
 * anonymous requests land on the login page; wrong passwords lock the account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:e2e-first-run;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}",
    "vaadin.devmode.liveReload.enabled=false", "vaadin.devmode.devTools.enabled=false", "vaadin.copilot.enable=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstRunAndAccessE2ETest extends BrowserTest {

    static final String ADMIN_PASSWORD = "admin password 1";
    static final String EDITOR_PASSWORD = "editor password 1";

    @Autowired
    DSLContext dsl;


    @Test
    @Order(1)
    void anonymousRequestsToAppRoutesLandOnTheLoginPage() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        java.util.List<String> cookies = new java.util.ArrayList<>();
        for (String path : new String[] {"", "users", "audit", "schema", "progress"}) {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).as("/" + path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as("/" + path).endsWith("/login")
                    .as("no session id in a URL").doesNotContainIgnoringCase("jsessionid");
            cookies.addAll(r.headers().allValues("Set-Cookie"));
        }
        assertThat(cookies).as("the saved request starts a session").isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly"));

        // login CSRF: a sign-in posted by another site's page is refused; one from this site's own page is not
        HttpRequest.BodyPublisher form = HttpRequest.BodyPublishers.ofString("username=someone&password=whatever");
        HttpResponse<Void> foreign = http.send(HttpRequest.newBuilder(URI.create(url("login"))).POST(form)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(foreign.statusCode()).isEqualTo(403);
        HttpResponse<Void> own = http.send(HttpRequest.newBuilder(URI.create(url("login"))).POST(form)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://localhost:" + port)
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(own.statusCode()).as("a wrong password from this site: back to the login page").isEqualTo(302);
    }

    @Test
    @Order(2)
    void firstRunSetupThenSignInThenAnEditorIsDeniedTheAdminPages() {
        Page page = newPage();
        page.navigate(url(""));
        assertThat(page.getByText("Welcome to Corpus Desk")).isVisible();
        page.locator("#setup-username input").fill("chief");
        page.locator("#setup-password input").fill(ADMIN_PASSWORD);
        page.locator("#setup-repeat input").fill(ADMIN_PASSWORD);
        page.locator("#setup-create").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        page.navigate(url("setup"));
        assertThat(page.locator("vaadin-login-form")).isVisible(); // setup is closed now

        signIn(page, "chief", ADMIN_PASSWORD);
        assertThat(page.locator("#current-user")).hasText("chief · admin");
        page.navigate(url("users"));
        page.locator("#new-username input").fill("erin");
        page.locator("#new-password input").fill(EDITOR_PASSWORD);
        page.locator("#add-user").click();
        assertThat(page.locator("#users-grid")).containsText("erin");
        page.locator("#logout").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();

        signIn(page, "erin", EDITOR_PASSWORD);
        assertThat(page.locator("#current-user")).hasText("erin · editor");
        assertThat(page.getByText("Users", new Page.GetByTextOptions().setExact(true))).hasCount(0);
        page.navigate(url("users"));
        assertThat(page.locator("#access-denied")).hasText("Access denied");
        assertThat(page.getByText("may not open '/users'")).isVisible();
        assertThat(page.locator("#users-grid")).hasCount(0);
        page.context().close();
    }

    @Test
    @Order(3)
    void repeatedWrongPasswordsLockTheAccount() {
        Page page = newPage();
        for (int i = 0; i < 5; i++) {
            signIn(page, "erin", "not the password");
            assertThat(page.getByText("Wrong user name or password")).isVisible();
        }
        signIn(page, "erin", EDITOR_PASSWORD);
        assertThat(page.getByText("Wrong user name or password")).isVisible();
        assertThat(page.locator("#current-user")).hasCount(0);
        Object locked = dsl.fetchValue("SELECT locked_until FROM app_user WHERE username = 'erin'");
        assertThat(locked).isNotNull();
        page.context().close();
    }

    @Test
    @Order(4)
    void curatorsImportUploadedFilesFromTheBrowser() throws Exception {
        Page page = newPage();
        signIn(page, "chief", ADMIN_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.navigate(url("import"));
        java.nio.file.Path[] seeds;
        try (var files = java.nio.file.Files.list(org.corpusdesk.support.Seeds.folder())) {
            seeds = files.sorted().toArray(java.nio.file.Path[]::new);
        }
        page.locator("#import-upload input[type=file]").setInputFiles(seeds);
        assertThat(page.locator("#import-upload")).containsText(seeds[seeds.length - 1].getFileName().toString());
        assertThat(page.locator("#import-upload vaadin-upload-file[complete]")).hasCount(seeds.length);
        page.locator("#import-start").click();
        assertThat(page.locator("#import-status")).hasText(
                "Imported 5 articles from 5 files: 0 skipped as duplicates, 0 rejected. "
                        + "5 records in = 5 imported + 0 duplicates + 0 rejected.");
        assertThat(page.locator("#past-imports")).containsText("upload");
        assertThat(dsl.fetchValue("SELECT count(*) FROM v_article")).isEqualTo(5L);
        assertThat(dsl.fetchValue("SELECT started_by FROM v_import_batch WHERE origin = 'UPLOAD'")).isEqualTo("chief");

        // a zipped brat folder comes in with its annotations, one layer per annotator's file
        java.nio.file.Path zip = java.nio.file.Files.createTempFile("brat-upload", ".zip");
        String text = "The Example Ministry said the bridge was closed.";
        try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("corpus/text/bridge.txt"));
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.zip.ZipEntry("corpus/ann/bridge_ab12.ann"));
            out.write("T1\tSource 0 20\tThe Example Ministry\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        page.locator("#import-upload input[type=file]").setInputFiles(zip);
        assertThat(page.locator("#import-upload vaadin-upload-file[complete]")).hasCount(1);
        page.locator("#import-start").click();
        assertThat(page.locator("#import-status")).containsText("Imported brat folder");
        assertThat(page.locator("#import-status")).containsText("1 new articles, 0 already here, 1 spans");
        assertThat(dsl.fetchValue("SELECT annotator FROM v_annotation WHERE text = 'The Example Ministry'"))
                .isEqualTo("ab12");
        page.context().close();
    }
}

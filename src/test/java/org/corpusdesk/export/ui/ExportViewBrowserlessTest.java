package org.corpusdesk.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusdesk.export.ExportManifest;
import org.corpusdesk.support.TestData;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

/** The Export page runs an export in the background, shows the result and offers the zip; bad input is explained. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:export-view;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}",
    "corpusdesk.export-dir=target/test-exports/${random.uuid}"})
class ExportViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCuratorExportsCsvWithASplitAndGetsAZip() throws Exception {
        AppUser curator = TestData.user(users, userRepository, "export-curator", Role.CURATOR);
        TestData.article(dsl, 71, "One", "Outlet A", "The first text.");
        TestData.article(dsl, 72, "Two", "Outlet B", "The second text.");
        dsl.execute("UPDATE article SET status = 'APPROVED'");
        org.corpusdesk.support.As.signedIn(curator);
        ExportView view = navigate(ExportView.class);

        test(view.split).setValue("80-20");
        test(view.start).click();
        assertThat(view.result.getText()).contains("80/10/10");

        view.format.setValue("csv");
        test(view.split).setValue("50/50/0");
        test(view.start).click();
        // the test holds the session lock: release it while waiting so the background thread's ui.access() runs
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.unlock();
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                session.lock();
                try {
                    return view.result.getText().startsWith("Exported");
                } finally {
                    session.unlock();
                }
            });
        } finally {
            session.lock();
        }
        assertThat(view.result.getText()).startsWith("Exported 2 articles");
        assertThat(view.download.isVisible()).isTrue();
        assertThat(test(view.past).size()).isEqualTo(1);
        Path dir = Files.list(Path.of(dsl.fetchSingle("SELECT out_dir FROM v_dataset_export").get(0, String.class)).getParent())
                .filter(Files::isDirectory).findFirst().orElseThrow();
        assertThat(ExportManifest.verify(dir)).isEmpty();
        assertThat(dir.resolveSibling(dir.getFileName() + ".zip")).exists();
    }
}

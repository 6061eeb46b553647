package org.corpusdesk.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.corpusdesk.agreement.AgreementRow;
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

/** The Agreement page computes in the background and shows per-label and per-pair rows with a chart. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:agreement-view;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}"})
class AgreementViewBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCuratorSeesTwoEditorsAgreementPerLabel() throws Exception {
        AppUser ann = TestData.user(users, userRepository, "ann-view", Role.EDITOR);
        AppUser bob = TestData.user(users, userRepository, "bob-view", Role.EDITOR);
        AppUser curator = TestData.user(users, userRepository, "agreement-curator", Role.CURATOR);
        TestData.article(dsl, 81, "Two layers", "Wire", "The mayor said the bridge was closed.");
        long source = dsl.fetchSingle("SELECT id FROM label WHERE name = 'SOURCE'").get(0, Long.class);
        dsl.execute("INSERT INTO annotation (article_id, annotator_id, label_id, start_cp, end_cp, covered_text) VALUES "
                + "(81, ?, ?, 0, 9, 'The mayor'), (81, ?, ?, 4, 9, 'mayor')", ann.id(), source, bob.id(), source);
        org.corpusdesk.support.As.signedIn(curator);
        AgreementView view = navigate(AgreementView.class);
        test(view.compute).click();
        // the test holds the session lock: release it while waiting so the background thread's ui.access() runs
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.unlock();
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                session.lock();
                try {
                    return view.compute.isEnabled();
                } finally {
                    session.unlock();
                }
            });
        } finally {
            session.lock();
        }
        var rows = test(view.grid);
        assertThat(rows.size()).isGreaterThanOrEqualTo(2);
        AgreementRow pooled = rows.getRow(0);
        assertThat(pooled.label()).isEqualTo("SOURCE");
        assertThat(pooled.annotatorA()).isEqualTo(AgreementRow.EVERY_PAIR);
        assertThat(pooled.exactF1()).isZero();
        assertThat(pooled.overlapF1()).isEqualTo(1.0);
        assertThat(view.chart.isVisible()).isTrue();
        assertThat(view.status.getText()).isEmpty();
    }
}

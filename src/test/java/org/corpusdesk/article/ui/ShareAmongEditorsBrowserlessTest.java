package org.corpusdesk.article.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
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

/** A curator ticks articles on the queue and shares them among editors: two each, shown in the Assigned column. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:share-view;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}"})
class ShareAmongEditorsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoEditorsEachFromTheQueue() {
        AppUser ann = TestData.user(users, userRepository, "ann-share", Role.EDITOR);
        AppUser bob = TestData.user(users, userRepository, "bob-share", Role.EDITOR);
        AppUser cy = TestData.user(users, userRepository, "cy-share", Role.EDITOR);
        AppUser curator = TestData.user(users, userRepository, "share-curator", Role.CURATOR);
        for (long id = 71; id <= 73; id++) {
            TestData.article(dsl, id, "Shared " + id, "Wire", "The mayor said the bridge was closed " + id + ".");
        }
        org.corpusdesk.support.As.signedIn(curator);
        QueueView queue = navigate(QueueView.class);
        assertThat(test(queue.grid).size()).isEqualTo(3);
        for (int row = 0; row < 3; row++) {
            queue.grid.select(test(queue.grid).getRow(row));
        }
        test(queue.share).click();
        ShareDialog dialog = $(ShareDialog.class).single();
        dialog.editors.setValue(Set.of(ann, bob, cy));
        dialog.each.setValue(2);
        test(dialog.go).click();
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM article_assignment WHERE article_id BETWEEN 71 AND 73"))
                .isEqualTo(6L);
        assertThat(dsl.fetch("SELECT user_id, COUNT(*) FROM article_assignment GROUP BY user_id")
                .map(r -> r.get(1, Long.class))).containsOnly(2L);
        // the queue shows both editors of each article
        assertThat(test(queue.grid).getRow(0).assignedTo()).contains(", ");
    }
}

package org.corpusdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.corpusdesk.article.ArticleStatus;
import org.corpusdesk.article.ui.QueueViewProbe;
import org.corpusdesk.support.TestData;
import org.corpusdesk.user.Actor;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.corpusdesk.user.ui.UsersView;
import org.corpusdesk.user.ui.UsersViewProbe;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Views without a browser: the queue's filters and counts, and the users page's add form. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:browserless;DB_CLOSE_DELAY=-1",
    "spring.datasource.username=sa", "spring.datasource.password=",
    "corpusdesk.search.index-dir=target/test-search/${random.uuid}"})
class ViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    void signInAs(AppUser user) {
        var actor = new Actor(user.id(), user.username(), user.role());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                AuthorityUtils.createAuthorityList(user.role().authorities())));
    }

    /** Each test starts from an empty corpus, whatever ran before it in this shared context. */
    @BeforeEach
    void emptyCorpus() {
        dsl.deleteFrom(org.corpusdesk.jooq.Tables.ARTICLE).execute();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theQueueFiltersByStatusAndCountsEachStatus() {
        AppUser curator = TestData.user(users, userRepository, "queue-curator", Role.CURATOR);
        TestData.article(dsl, 1, "First", "Outlet A", "one text");
        TestData.article(dsl, 2, "Second", "Outlet B", "two text");
        TestData.article(dsl, 3, "Third <b>", "Outlet A", "three text");
        dsl.execute("UPDATE article SET status = 'DONE' WHERE id = 2");
        signInAs(curator);
        QueueViewProbe queue = new QueueViewProbe(navigate(org.corpusdesk.article.ui.QueueView.class));
        assertThat(test(queue.grid()).size()).isEqualTo(3);
        assertThat(queue.counts()).isEqualTo("new 2 · in progress 0 · done 1 · curated 0 · approved 0 · rejected 0");
        queue.status().setValue(ArticleStatus.DONE);
        assertThat(test(queue.grid()).size()).isEqualTo(1);
        queue.search().setValue("third");
        assertThat(test(queue.grid()).size()).as("DONE and 'third'").isZero();
        queue.status().clear();
        assertThat(test(queue.grid()).size()).isEqualTo(1);
        assertThat(queue.emptyHintVisible()).isFalse();
    }

    @Test
    void administratorsAddUsersAndSeeWhyARequestIsRefused() {
        AppUser admin = TestData.user(users, userRepository, "view-admin", Role.ADMIN);
        signInAs(admin);
        UsersViewProbe view = new UsersViewProbe(navigate(UsersView.class));
        test(view.newName()).setValue("new-editor");
        test(view.newPassword()).setValue("a long enough password");
        test(view.add()).click();
        assertThat(userRepository.find("new-editor")).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.EDITOR));

        test(view.newName()).setValue("second");
        test(view.newPassword()).setValue("short");
        test(view.add()).click();
        assertThat(find(Notification.class).all()).anySatisfy(n ->
                assertThat(test(n).getText()).isEqualTo("password: at least 10 characters"));
        assertThat(userRepository.find("second")).isEmpty();
    }

    @Test
    void aStoryShowsItsArticlesSideBySide() {
        AppUser editor = TestData.user(users, userRepository, "story-editor", Role.EDITOR);
        TestData.article(dsl, 101, "Outlet one's version", "One", "Clashes resumed on Sunday.");
        TestData.article(dsl, 102, "Outlet two's version", "Two", "Fighting resumed on Sunday.");
        dsl.execute("UPDATE article SET story_cluster = 101 WHERE id = 102");
        signInAs(editor);
        org.corpusdesk.article.ui.StoryView story = navigate(org.corpusdesk.article.ui.StoryView.class, 101L);
        assertThat(find(com.vaadin.flow.component.html.H2.class).single().getText()).isEqualTo("Story 101: 2 articles");
        assertThat(find(com.vaadin.flow.router.RouterLink.class).all()).extracting(l -> l.getText())
                .contains("#101 Outlet one's version", "#102 Outlet two's version");
    }
}

package org.corpusdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.corpusdesk.support.As;
import org.corpusdesk.support.ServiceTest;
import org.corpusdesk.support.TestData;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** Saved console queries: private or shared, replaced by name, deleted only by their owner or an admin. */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:saved-queries;DB_CLOSE_DELAY=-1")
class SavedQueryServiceTest {

    @Autowired SavedQueryService saved;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;

    @Test
    void privateQueriesStayWithTheirOwnerAndSharedOnesAreSeenByAll() {
        AppUser ann = TestData.user(users, userRepository, "ann", Role.CURATOR);
        AppUser bob = TestData.user(users, userRepository, "bob", Role.CURATOR);
        AppUser ed = TestData.user(users, userRepository, "sq-editor", Role.EDITOR);
        AppUser root = TestData.user(users, userRepository, "sq-admin", Role.ADMIN);
        SavedQuery mine = As.user(ann.id(), "ann", Role.CURATOR, () -> saved.save("outlets", "SELECT 1", false));
        SavedQuery shared = As.user(ann.id(), "ann", Role.CURATOR, () -> saved.save("statuses", "SELECT 2", true));
        assertThat(As.user(bob.id(), "bob", Role.CURATOR, () -> saved.visible()))
                .extracting(SavedQuery::name).containsExactly("statuses");
        SavedQuery replaced = As.user(ann.id(), "ann", Role.CURATOR, () -> saved.save("outlets", "SELECT 3", false));
        assertThat(replaced.id()).isEqualTo(mine.id());
        assertThat(As.user(ann.id(), "ann", Role.CURATOR, () -> saved.visible()))
                .extracting(SavedQuery::sql).containsExactly("SELECT 3", "SELECT 2");
        assertThatThrownBy(() -> As.user(bob.id(), "bob", Role.CURATOR, () -> {
            saved.delete(shared.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user(ed.id(), "sq-editor", Role.EDITOR, () -> saved.visible()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user(ann.id(), "ann", Role.CURATOR, () -> saved.save(" ", "SELECT 1", false)))
                .hasMessageContaining("name");
        As.user(root.id(), "sq-admin", Role.ADMIN, () -> {
            saved.delete(shared.id());
            return null;
        });
        assertThat(As.user(bob.id(), "bob", Role.CURATOR, () -> saved.visible())).isEmpty();
    }
}

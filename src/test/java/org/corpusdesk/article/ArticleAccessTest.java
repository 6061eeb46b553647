package org.corpusdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.corpusdesk.annotation.AnnotationDraft;
import org.corpusdesk.annotation.AnnotationService;
import org.corpusdesk.annotation.Label;
import org.corpusdesk.annotation.LabelKind;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.support.As;
import org.corpusdesk.support.ServiceTest;
import org.corpusdesk.support.TestData;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * Workflow rules decided in the services: once assignment is in use, an editor changes only the articles assigned
 * to them (metadata and spans); each role is offered only the statuses it may set; a title entered settles
 * "needs_title". Its own database: whether any article is assigned decides the rule.
 */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:article-access;DB_CLOSE_DELAY=-1")
class ArticleAccessTest {

    @Autowired ArticleEditService articles;
    @Autowired ArticleAssignmentService assignments;
    @Autowired AnnotationService annotations;
    @Autowired LabelSchemaService schema;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    @BeforeEach
    void noAssignments() {
        dsl.execute("DELETE FROM article_assignment");
        dsl.execute("UPDATE article SET assigned_to = NULL");
    }

    long article(String text) {
        long id = 800_000 + dsl.fetchCount(dsl.selectFrom(org.corpusdesk.jooq.Tables.ARTICLE));
        return TestData.article(dsl, id, null, "upi", text);
    }

    AppUser user(String name, Role role) {
        return TestData.user(users, userRepository, name, role);
    }

    ArticleDetail retitle(AppUser who, long id, String title) {
        return As.user(who.id(), who.username(), who.role(), () -> {
            ArticleDetail a = articles.load(id).orElseThrow();
            ArticleMetadata m = a.metadata();
            return articles.save(id, a.version(), m, new ArticleMetadata(title, m.outlet(), m.author(), m.url(),
                    m.publishedOn(), m.language(), m.dateline(), m.creditLine(), m.flags(), m.status(), m.duplicateOf()), null);
        });
    }

    @Test
    void onceAnyArticleIsAssignedEditorsChangeOnlyTheirOwn() {
        AppUser ann = user("ann", Role.EDITOR);
        AppUser bob = user("bob", Role.EDITOR);
        AppUser cora = user("cora", Role.CURATOR);
        long mine = article("Officials said 12 people were hurt.");
        long other = article("Police said the road was closed.");
        long label = As.user(cora.id(), "cora", Role.CURATOR, () -> schema.labels()).stream()
                .filter(l -> l.kind() == LabelKind.SOURCE).findFirst().map(Label::id).orElseThrow();
        AnnotationDraft officials = AnnotationDraft.span(label, 0, 9);

        // no assignment yet: any editor may work on any open article
        assertThat(retitle(bob, mine, "Twelve hurt").metadata().title()).isEqualTo("Twelve hurt");

        As.user(cora.id(), "cora", Role.CURATOR, () -> assignments.assign(List.of(mine), ann.id()));
        assertThatThrownBy(() -> retitle(bob, mine, "Bob's title")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("not assigned to you");
        assertThatThrownBy(() -> As.user(bob.id(), "bob", Role.EDITOR, () -> annotations.create(mine, officials)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not assigned to you");
        // nor an unassigned one, while assignment is in use
        assertThatThrownBy(() -> retitle(ann, other, "Road closed")).isInstanceOf(AccessDeniedException.class);
        assertThat(As.user(bob.id(), "bob", Role.EDITOR, () -> articles.readOnlyReason(mine))).contains("not assigned");

        assertThat(retitle(ann, mine, "Ann's title").metadata().title()).isEqualTo("Ann's title");
        assertThat(As.user(ann.id(), "ann", Role.EDITOR, () -> annotations.create(mine, officials)).text())
                .isEqualTo("Officials");
        assertThat(As.user(ann.id(), "ann", Role.EDITOR, () -> articles.readOnlyReason(mine))).isNull();
        assertThat(retitle(cora, other, "Curators edit anything").metadata().title()).isEqualTo("Curators edit anything");
    }

    @Test
    void eachRoleIsOfferedOnlyTheStatusesItMaySet() {
        AppUser ed = user("ed2", Role.EDITOR);
        AppUser cora = user("cora2", Role.CURATOR);
        assertThat(As.user(ed.id(), "ed2", Role.EDITOR, () -> articles.statusChoices(ArticleStatus.IN_PROGRESS)))
                .containsExactly(ArticleStatus.NEW, ArticleStatus.IN_PROGRESS, ArticleStatus.DONE);
        assertThat(As.user(ed.id(), "ed2", Role.EDITOR, () -> articles.statusChoices(ArticleStatus.APPROVED)))
                .containsExactly(ArticleStatus.APPROVED);
        assertThat(As.user(cora.id(), "cora2", Role.CURATOR, () -> articles.statusChoices(ArticleStatus.NEW)))
                .containsExactly(ArticleStatus.values());
        // and what is not offered is refused on the server
        long id = article("The ministry said the strike hit a depot.");
        assertThatThrownBy(() -> As.user(ed.id(), "ed2", Role.EDITOR, () -> articles.setStatus(id,
                articles.load(id).orElseThrow().version(), ArticleStatus.APPROVED)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTitleEnteredByHandSettlesNeedsTitle() {
        AppUser ed = user("ed3", Role.EDITOR);
        long id = article("No headline was found for this one.");
        dsl.execute("UPDATE article SET flags = 'needs_title' WHERE id = ?", id);
        ArticleDetail saved = retitle(ed, id, "A headline at last");
        assertThat(saved.metadata().flags()).isEqualTo(Set.of());
        assertThat(As.user(ed.id(), "ed3", Role.EDITOR, () -> articles.history(id)))
                .extracting(MetadataRevision::field).containsExactlyInAnyOrder("title", "flags");
    }
}

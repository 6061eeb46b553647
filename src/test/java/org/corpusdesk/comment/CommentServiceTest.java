package org.corpusdesk.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.corpusdesk.annotation.Annotation;
import org.corpusdesk.annotation.AnnotationDraft;
import org.corpusdesk.annotation.AnnotationService;
import org.corpusdesk.annotation.LabelKind;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.article.ArticleQueueService;
import org.corpusdesk.article.ArticleSummary;
import org.corpusdesk.article.QueueFilter;
import org.corpusdesk.article.QueueSort;
import org.corpusdesk.support.As;
import org.corpusdesk.support.ServiceTest;
import org.corpusdesk.support.TestData;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** A discussion per article and per span: who wrote what, resolved by its author or a curator, seen in the queue. */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:comments;DB_CLOSE_DELAY=-1")
class CommentServiceTest {

    @Autowired CommentService comments;
    @Autowired AnnotationService annotations;
    @Autowired LabelSchemaService schema;
    @Autowired ArticleQueueService queue;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    @Test
    void aThreadOnAnArticleAndASpanIsResolvedByItsAuthorOrACurator() {
        AppUser ann = TestData.user(users, userRepository, "ann", Role.EDITOR);
        AppUser bob = TestData.user(users, userRepository, "bob", Role.EDITOR);
        AppUser cora = TestData.user(users, userRepository, "cora", Role.CURATOR);
        TestData.article(dsl, 5, "Strike on a depot", "Wire", "The ministry said the depot was hit.");
        TestData.article(dsl, 6, "Quiet day", "Wire", "Nothing happened.");
        long source = schema.labels().stream().filter(l -> l.kind() == LabelKind.SOURCE).findFirst().orElseThrow().id();
        Annotation ministry = As.user(ann.id(), "ann", Role.EDITOR,
                () -> annotations.create(5, AnnotationDraft.span(source, 0, 12)));

        ArticleComment question = As.user(ann.id(), "ann", Role.EDITOR,
                () -> comments.add(5, ministry.id(), "Is \"the ministry\" the defence or the foreign ministry?"));
        assertThat(question.quote()).isEqualTo("The ministry");
        As.user(bob.id(), "bob", Role.EDITOR, () -> comments.add(5, null, "The wire copy says defence."));
        assertThatThrownBy(() -> As.user(bob.id(), "bob", Role.EDITOR, () -> comments.add(6, ministry.id(), "wrong place")))
                .hasMessageContaining("in another article");
        assertThatThrownBy(() -> As.user(bob.id(), "bob", Role.EDITOR, () -> comments.add(5, null, "  ")))
                .hasMessageContaining("write something");

        // the queue shows the open discussion, and filters on it
        assertThat(queue.page(QueueFilter.ALL.withOpenComments(true), 0, 10, QueueSort.ID, true))
                .extracting(ArticleSummary::id, ArticleSummary::openComments).containsExactly(org.assertj.core.groups.Tuple.tuple(5L, 2));

        assertThatThrownBy(() -> As.user(bob.id(), "bob", Role.EDITOR, () -> comments.setResolved(question.id(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(As.user(ann.id(), "ann", Role.EDITOR, () -> comments.setResolved(question.id(), true)).resolvedBy())
                .isEqualTo("ann");
        long other = As.user(ann.id(), "ann", Role.EDITOR, () -> comments.forArticle(5)).stream()
                .filter(ArticleComment::open).findFirst().orElseThrow().id();
        As.user(cora.id(), "cora", Role.CURATOR, () -> comments.setResolved(other, true));
        assertThat(queue.page(QueueFilter.ALL.withOpenComments(true), 0, 10, QueueSort.ID, true)).isEmpty();

        // a span's comment stays with the article when the span goes
        As.user(ann.id(), "ann", Role.EDITOR, () -> annotations.delete(ministry.id(), ministry.version()));
        assertThat(As.user(ann.id(), "ann", Role.EDITOR, () -> comments.forArticle(5))).filteredOn(c -> c.id() == question.id())
                .singleElement().satisfies(c -> {
                    assertThat(c.annotationId()).isNull();
                    assertThat(c.quote()).isEqualTo("The ministry");
                });
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM v_comment WHERE article_id = 5 AND resolved_by IS NOT NULL"))
                .isEqualTo(2L);
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM v_audit WHERE entity_type = 'comment'")).isEqualTo(4L);
    }
}

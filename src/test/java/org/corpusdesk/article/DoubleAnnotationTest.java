package org.corpusdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.corpusdesk.annotation.Annotation;
import org.corpusdesk.annotation.AnnotationDraft;
import org.corpusdesk.annotation.AnnotationService;
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
import org.springframework.test.context.TestPropertySource;

/** Several editors per article: shared evenly, by hand or "N each / one more on X%", blind until curated. */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:double-annotation;DB_CLOSE_DELAY=-1")
class DoubleAnnotationTest {

    @Autowired ArticleAssignmentService assignments;
    @Autowired ArticleRepository articleRows;
    @Autowired ArticleEditService edits;
    @Autowired ArticleQueueService queue;
    @Autowired AnnotationService annotations;
    @Autowired ArticleAccess access;
    @Autowired LabelSchemaService schema;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    AppUser ann;
    AppUser bob;
    AppUser cy;
    AppUser cora;
    List<Long> ids;

    @BeforeEach
    void twelveArticles() {
        dsl.execute("DELETE FROM annotation");
        dsl.execute("DELETE FROM article_assignment");
        dsl.execute("UPDATE article SET assigned_to = NULL");
        ann = TestData.user(users, userRepository, "ann", Role.EDITOR);
        bob = TestData.user(users, userRepository, "bob", Role.EDITOR);
        cy = TestData.user(users, userRepository, "cy", Role.EDITOR);
        cora = TestData.user(users, userRepository, "cora", Role.CURATOR);
        ids = LongStream.rangeClosed(700_001, 700_012).boxed().toList();
        for (long id : ids) {
            if (dsl.fetchCount(dsl.selectFrom(org.corpusdesk.jooq.Tables.ARTICLE).where("id = ?", id)) == 0) {
                TestData.article(dsl, id, "Article " + id, "Wire", "Officials said 12 people were hurt.");
            }
        }
    }

    <T> T asCurator(java.util.function.Supplier<T> action) {
        return As.user(cora.id(), "cora", Role.CURATOR, action);
    }

    Map<Long, Long> perEditor() {
        Map<Long, Long> m = new java.util.TreeMap<>();
        dsl.fetch("SELECT user_id, COUNT(*) FROM article_assignment GROUP BY user_id")
                .forEach(r -> m.put(r.get(0, Long.class), r.get(1, Long.class)));
        return m;
    }

    @Test
    void twoEditorsEachAreSharedEvenlyAndCountWhoIsAlreadyThere() {
        asCurator(() -> assignments.assign(List.of(ids.get(0)), ann.id()));
        DistributionResult r = asCurator(() -> assignments.distribute(ids, List.of(ann.id(), bob.id(), cy.id()),
                new DistributionPlan(2, 0, 1)));
        assertThat(r.articles()).isEqualTo(12);
        assertThat(r.changed()).isEqualTo(12);
        for (long id : ids) {
            assertThat(articleRows.assignees(id)).hasSize(2).doesNotHaveDuplicates();
        }
        assertThat(articleRows.assignees(ids.get(0))).startsWith(ann.id());
        // 24 assignments over three editors: 8 each
        assertThat(perEditor().values()).containsOnly(8L);
        assertThat(r.addedPerEditor()).containsEntry("ann", 7).containsEntry("bob", 8).containsEntry("cy", 8);
        assertThat(dsl.fetchValue("SELECT assigned_to FROM article WHERE id = ?", ids.get(0))).isEqualTo(ann.id());
    }

    @Test
    void doubleAnnotatingAShareGivesThatShareASecondEditorDrawnWithTheSeed() {
        DistributionResult r = asCurator(() -> assignments.distribute(ids, List.of(ann.id(), bob.id()),
                new DistributionPlan(1, 25, 7)));
        assertThat(r.sampled()).isEqualTo(3);
        long doubled = ids.stream().filter(id -> articleRows.assignees(id).size() == 2).count();
        assertThat(doubled).isEqualTo(3);
        assertThat(ids.stream().filter(id -> articleRows.assignees(id).size() == 1).count()).isEqualTo(9);
        List<Long> first = ids.stream().filter(id -> articleRows.assignees(id).size() == 2).toList();
        dsl.execute("DELETE FROM article_assignment");
        asCurator(() -> assignments.distribute(ids, List.of(ann.id(), bob.id()), new DistributionPlan(1, 25, 7)));
        assertThat(ids.stream().filter(id -> articleRows.assignees(id).size() == 2).toList()).isEqualTo(first);
        assertThatThrownBy(() -> asCurator(() -> assignments.distribute(ids, List.of(ann.id()), new DistributionPlan(2, 0, 1))))
                .hasMessageContaining("need at least as many editors");
        assertThatThrownBy(() -> new DistributionPlan(1, 120, 1)).hasMessageContaining("percentage");
    }

    @Test
    void anEditorsQueueCountsAndPagesTheirAssignmentsByStatus() {
        List<Long> three = ids.subList(0, 3);
        asCurator(() -> assignments.assign(three, ann.id()));
        asCurator(() -> assignments.addAssignee(List.of(ids.get(0)), bob.id()));
        long done = ids.get(1);
        asCurator(() -> edits.setStatus(done, edits.load(done).orElseThrow().version(), ArticleStatus.DONE));
        QueueFilter mine = QueueFilter.ALL.withAssignedTo(ann.id());
        assertThat(queue.countsByStatus(mine)).containsEntry("NEW", 2).containsEntry("DONE", 1).containsEntry("CURATED", 0);
        assertThat(queue.count(mine)).isEqualTo(3);
        assertThat(queue.count(mine.withStatuses(java.util.Set.of("DONE")))).isEqualTo(1);
        assertThat(queue.page(mine.withStatuses(java.util.Set.of("NEW")), 0, 50, QueueSort.TITLE, true))
                .extracting(ArticleSummary::id).containsExactlyInAnyOrder(ids.get(0), ids.get(2));
        assertThat(queue.count(QueueFilter.ALL.withAssignedTo(bob.id()))).isEqualTo(1);
        // with another filter the count joins the articles: the same answer
        assertThat(queue.count(new QueueFilter(java.util.Set.of("NEW"), "Wire", null, null, null, ann.id(), null)))
                .isEqualTo(2);
        assertThat(queue.page(QueueFilter.ALL.withAssignedTo(bob.id()), 0, 50, QueueSort.ID, true))
                .singleElement().satisfies(a -> assertThat(a.assignedTo()).isEqualTo("ann, bob"));
    }

    @Test
    void bothAssigneesMayWorkBlindAndSeeEachOtherOnlyOnceTheArticleIsCurated() {
        long id = ids.get(0);
        asCurator(() -> assignments.assign(List.of(id), ann.id()));
        asCurator(() -> assignments.addAssignee(List.of(id), bob.id()));
        assertThat(As.user(cy.id(), "cy", Role.EDITOR, () -> access.refusal(id))).contains("not assigned to you");
        long label = schema.labels().stream().filter(l -> l.kind() == LabelKind.SOURCE).findFirst().orElseThrow().id();
        for (AppUser who : List.of(ann, bob)) {
            assertThat(As.user(who.id(), who.username(), Role.EDITOR, () -> access.refusal(id))).isNull();
            As.user(who.id(), who.username(), Role.EDITOR, () -> annotations.create(id, AnnotationDraft.span(label, 0, 9)));
        }
        List<Annotation> annSees = As.user(ann.id(), "ann", Role.EDITOR, () -> annotations.forArticle(id, true));
        assertThat(annSees).extracting(Annotation::annotator).containsExactly("ann");
        asCurator(() -> edits.setStatus(id, edits.load(id).orElseThrow().version(), ArticleStatus.CURATED));
        assertThat(As.user(ann.id(), "ann", Role.EDITOR, () -> annotations.forArticle(id, true)))
                .extracting(Annotation::annotator).containsExactlyInAnyOrder("ann", "bob");
        asCurator(() -> assignments.removeAssignee(List.of(id), ann.id()));
        assertThat(articleRows.assignees(id)).containsExactly(bob.id());
        assertThat(dsl.fetchValue("SELECT assigned_to FROM article WHERE id = ?", id)).isEqualTo(bob.id());
    }
}

package org.corpusdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The agreement reports against exact F1 worked out by hand. "The mayor said 12 people were hurt, police said 15 were
 * hurt." (outlet Wire): ann SOURCE "The mayor", "police", CUE "said", CLAIM "12 people were hurt"; bob SOURCE "The
 * mayor", CUE "said", CLAIM "12 people were hurt", "15 were hurt". SOURCE 2·1/(2+1), CUE 2·1/2, CLAIM 2·1/(1+2); all
 * 2·3/(4+4) = 0.75. A second article of outlet Post, where they agree on one SOURCE, adds 2·1/2 there.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:agreement-reports;DB_CLOSE_DELAY=-1")
class AgreementReportsTest {

    @Autowired ReportService reports;
    @Autowired AnnotationService annotations;
    @Autowired LabelSchemaService schema;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    AppUser cora;

    @BeforeAll
    void twoEditors() {
        AppUser ann = TestData.user(users, userRepository, "ann", Role.EDITOR);
        AppUser bob = TestData.user(users, userRepository, "bob", Role.EDITOR);
        cora = TestData.user(users, userRepository, "cora", Role.CURATOR);
        TestData.article(dsl, 1, "Two counts", "Wire", "The mayor said 12 people were hurt, police said 15 were hurt.");
        TestData.article(dsl, 2, "Agreed", "Post", "Officials said nothing.");
        tag(ann, 1, LabelKind.SOURCE, 0, 9);
        tag(ann, 1, LabelKind.SOURCE, 36, 42);
        tag(ann, 1, LabelKind.CUE, 10, 14);
        tag(ann, 1, LabelKind.CLAIM, 15, 34);
        tag(bob, 1, LabelKind.SOURCE, 0, 9);
        tag(bob, 1, LabelKind.CUE, 10, 14);
        tag(bob, 1, LabelKind.CLAIM, 15, 34);
        tag(bob, 1, LabelKind.CLAIM, 48, 60);
        tag(ann, 2, LabelKind.SOURCE, 0, 9);
        tag(bob, 2, LabelKind.SOURCE, 0, 9);
    }

    Annotation tag(AppUser who, long article, LabelKind kind, int start, int end) {
        long label = schema.labels().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow().id();
        return As.user(who.id(), who.username(), who.role(),
                () -> annotations.create(article, AnnotationDraft.span(label, start, end)));
    }

    List<List<Object>> run(String name, Map<String, String> params) {
        return As.user(cora.id(), "cora", Role.CURATOR, () -> {
            try {
                return reports.run(name, params).result().rows();
            } catch (QueryRejectedException e) {
                throw new AssertionError(e.getMessage());
            }
        });
    }

    static BigDecimal f1(Object v) {
        return ((BigDecimal) v).setScale(3, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void perOutletAndLabelTheExactF1IsTheHandFigure() {
        List<List<Object>> rows = run("agreement_by_outlet", Map.of());
        assertThat(rows).extracting(r -> r.get(0) + " " + r.get(1) + " " + f1(r.get(5))).containsExactly(
                "Post SOURCE 1.000", "Wire CLAIM 0.667", "Wire CUE 1.000", "Wire SOURCE 0.667");
    }

    @Test
    void perEditorEachIsMeasuredAgainstTheOthers() {
        // ann: 3 + 1 matches, her 4 + 1 spans, bob's 4 + 1: 2·4/10
        assertThat(run("agreement_per_editor", Map.of())).extracting(r -> r.get(0) + " " + f1(r.get(5)))
                .containsExactly("ann 0.800", "bob 0.800");
        assertThat(run("agreement_per_editor", Map.of("label", "claim"))).extracting(r -> r.get(0) + " " + f1(r.get(5)))
                .containsExactly("ann 0.667", "bob 0.667");
    }

    @Test
    void overTimeTheMonthOfTheEditsGroupsThem() {
        List<List<Object>> rows = run("agreement_over_time", Map.of("outlet", "Wire"));
        assertThat(rows).extracting(r -> r.get(1) + " " + f1(r.get(5))).containsExactly("CLAIM 0.667", "CUE 1.000",
                "SOURCE 0.667");
        assertThat(rows).extracting(r -> r.get(0).toString())
                .containsOnly(java.time.LocalDate.now().withDayOfMonth(1).toString());
    }
}

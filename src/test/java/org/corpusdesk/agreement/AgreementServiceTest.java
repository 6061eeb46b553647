package org.corpusdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
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
 * Agreement against figures computed by hand on a small article that two editors annotated:
 * "The mayor said 12 people were hurt, police said 15 were hurt."
 * ann: SOURCE "The mayor", SOURCE "police", CUE "said", CLAIM "12 people were hurt" → "The mayor";
 * bob: SOURCE "The mayor", CUE "said", CLAIM "12 people were hurt" → "The mayor", CLAIM "15 were hurt" → "The mayor".
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:agreement;DB_CLOSE_DELAY=-1")
class AgreementServiceTest {

    static final String TEXT = "The mayor said 12 people were hurt, police said 15 were hurt.";

    @Autowired AgreementService agreement;
    @Autowired AnnotationService annotations;
    @Autowired LabelSchemaService schema;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    AppUser cora;

    @BeforeAll
    void twoLayers() {
        AppUser ann = TestData.user(users, userRepository, "ann", Role.EDITOR);
        AppUser bob = TestData.user(users, userRepository, "bob", Role.EDITOR);
        cora = TestData.user(users, userRepository, "cora", Role.CURATOR);
        TestData.article(dsl, 1, "Two counts", "Wire", TEXT);
        TestData.article(dsl, 2, "One annotator only", "Wire", "Officials said nothing.");
        Annotation annMayor = tag(ann, LabelKind.SOURCE, 0, 9);
        tag(ann, LabelKind.SOURCE, 36, 42);
        tag(ann, LabelKind.CUE, 10, 14);
        Annotation annClaim = tag(ann, LabelKind.CLAIM, 15, 34);
        As.user(ann.id(), "ann", Role.EDITOR, () -> annotations.attribute(annClaim.id(), annMayor.id(), null));
        Annotation bobMayor = tag(bob, LabelKind.SOURCE, 0, 9);
        tag(bob, LabelKind.CUE, 10, 14);
        Annotation bobClaim = tag(bob, LabelKind.CLAIM, 15, 34);
        Annotation bobOther = tag(bob, LabelKind.CLAIM, 48, 60);
        As.user(bob.id(), "bob", Role.EDITOR, () -> annotations.attribute(bobClaim.id(), bobMayor.id(), null));
        As.user(bob.id(), "bob", Role.EDITOR, () -> annotations.attribute(bobOther.id(), bobMayor.id(), null));
        // a single layer elsewhere is no agreement data
        As.user(ann.id(), "ann", Role.EDITOR, () -> annotations.create(2, AnnotationDraft.span(label(LabelKind.SOURCE), 0, 9)));
    }

    Annotation tag(AppUser who, LabelKind kind, int start, int end) {
        return As.user(who.id(), who.username(), who.role(),
                () -> annotations.create(1, AnnotationDraft.span(label(kind), start, end)));
    }

    long label(LabelKind kind) {
        return schema.labels().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow().id();
    }

    AgreementRow row(List<AgreementRow> rows, String label, String a) {
        return rows.stream().filter(r -> r.label().equals(label) && r.annotatorA().equals(a)).findFirst().orElseThrow();
    }

    @Test
    void oneOutletsArticlesOnly() {
        List<AgreementRow> all = As.user(cora.id(), "cora", Role.CURATOR, () -> agreement.agreement(AgreementService.Filter.ALL));
        assertThat(As.user(cora.id(), "cora", Role.CURATOR,
                () -> agreement.agreement(AgreementService.Filter.ALL.withOutlet("Wire")))).isEqualTo(all).isNotEmpty();
        assertThat(As.user(cora.id(), "cora", Role.CURATOR,
                () -> agreement.agreement(AgreementService.Filter.ALL.withOutlet("Elsewhere")))).isEmpty();
    }

    @Test
    void spanF1KappaAndAttributionF1AreTheFiguresWorkedOutByHand() {
        List<AgreementRow> rows = As.user(cora.id(), "cora", Role.CURATOR, () -> agreement.agreement(AgreementService.Filter.ALL));
        AgreementRow source = row(rows, "SOURCE", "ann");
        assertThat(source.annotatorB()).isEqualTo("bob");
        assertThat(source.articles()).isEqualTo(1);
        // SOURCE: ann 2, bob 1, 1 exact → 2·1/3
        assertThat(source.exactF1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(source.overlapF1()).isCloseTo(2.0 / 3, within(1e-9));
        // 12 word tokens; ann's sources cover The, mayor, police; bob's The, mayor: po 11/12, pe 96/144, κ 0.75
        assertThat(source.percentTokens()).isCloseTo(11.0 / 12, within(1e-9));
        assertThat(source.kappaTokens()).isCloseTo(0.75, within(1e-9));
        // CLAIM: ann 1, bob 2 (one the same): 2/3, overlap the same
        assertThat(row(rows, "CLAIM", "ann").exactF1()).isCloseTo(2.0 / 3, within(1e-9));
        // CUE: identical layers
        AgreementRow cue = row(rows, "CUE", "ann");
        assertThat(cue.exactF1()).isEqualTo(1.0);
        assertThat(cue.alphaU()).isCloseTo(1.0, within(1e-9));
        assertThat(cue.kappaTokens()).isCloseTo(1.0, within(1e-9));
        assertThat(row(rows, "SOURCE", "ann").alphaU()).isBetween(-1.0, 1.0).isLessThan(1.0);
        // all labels: ann 4, bob 4, 3 exact → 6/8
        AgreementRow all = row(rows, AgreementRow.ALL_LABELS, "ann");
        assertThat(all.spansA()).isEqualTo(4);
        assertThat(all.spansB()).isEqualTo(4);
        assertThat(all.exactF1()).isCloseTo(0.75, within(1e-9));
        // attributions: ann 1, bob 2, one the same (claim "12 people were hurt" → "The mayor"): 2/3
        AgreementRow attribution = row(rows, AgreementRow.ATTRIBUTION, "ann");
        assertThat(attribution.exactF1()).isCloseTo(2.0 / 3, within(1e-9));
        // the pooled row of one pair is that pair's
        assertThat(row(rows, "SOURCE", AgreementRow.EVERY_PAIR).exactF1()).isEqualTo(source.exactF1());
    }

    /** κ and percent agreement from the 2×2 table are what DKPro computes from the same items one by one. */
    @Test
    void kappaFromTheTableIsDkprosKappa() {
        long[][] tables = {{2, 1, 0, 9}, {40, 3, 7, 950}, {0, 5, 4, 91}, {10, 0, 0, 10}};
        for (long[] t : tables) {
            var study = new org.dkpro.statistics.agreement.coding.CodingAnnotationStudy(2);
            String[][] cells = {{"in", "in"}, {"in", "out"}, {"out", "in"}, {"out", "out"}};
            for (int k = 0; k < 4; k++) {
                if (t[k] > 0) {
                    study.addMultipleItems((int) t[k], cells[k][0], cells[k][1]);
                }
            }
            Double[] ours = AgreementService.kappa(t);
            assertThat(ours[0]).isCloseTo(new org.dkpro.statistics.agreement.coding.CohenKappaAgreement(study)
                    .calculateAgreement(), within(1e-12));
            assertThat(ours[1]).isCloseTo(new org.dkpro.statistics.agreement.coding.PercentageAgreement(study)
                    .calculateAgreement(), within(1e-12));
        }
        assertThat(AgreementService.kappa(new long[] {0, 0, 0, 12})).containsExactly(null, 1.0);
    }

    /** v_agreement_exact gives SQL the same exact-match counts, per article, label and pair. */
    @Test
    void theExactAgreementViewCountsTheSameMatches() {
        var source = dsl.fetchOne("SELECT spans_a, spans_b, exact_matches FROM v_agreement_exact "
                + "WHERE article_id = 1 AND label = 'SOURCE' AND annotator_a = 'ann' AND annotator_b = 'bob'");
        assertThat(source.intoArray()).containsExactly(2L, 1L, 1L);
        Object f1 = dsl.fetchValue("SELECT 2.0 * SUM(exact_matches) / (SUM(spans_a) + SUM(spans_b)) FROM v_agreement_exact "
                + "WHERE annotator_a = 'ann' AND annotator_b = 'bob'");
        assertThat(((Number) f1).doubleValue()).isCloseTo(0.75, within(1e-9));
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM v_agreement_exact WHERE article_id = 2")).isEqualTo(0L);
    }

    @Test
    void labelsAndAnnotatorsNarrowIt() {
        List<AgreementRow> rows = As.user(cora.id(), "cora", Role.CURATOR,
                () -> agreement.agreement(new AgreementService.Filter(Set.of("CUE"), Set.of(), null)));
        assertThat(rows).extracting(AgreementRow::label).containsOnly("CUE", AgreementRow.ALL_LABELS, AgreementRow.ATTRIBUTION);
        assertThat(As.user(cora.id(), "cora", Role.CURATOR,
                () -> agreement.agreement(new AgreementService.Filter(Set.of(), Set.of("ann"), null)))).isEmpty();
    }
}

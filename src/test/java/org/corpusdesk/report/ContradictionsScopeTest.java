package org.corpusdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * "Contradictions" compares figures only where they should agree: figures not linked to a canonical claim only
 * within one story (one event), so two casualty counts "in people" from unrelated events are no contradiction.
 */
@ServiceTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:contradictions;DB_CLOSE_DELAY=-1",
    "corpusdesk.reports-dir=target/test-reports"})
class ContradictionsScopeTest {

    @Autowired ReportService reports;
    @Autowired AnnotationService annotations;
    @Autowired LabelSchemaService schema;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    @Test
    void figuresAreComparedWithinOneStoryUnlessLinkedToACanonicalClaim() throws Exception {
        AppUser ed = TestData.user(users, userRepository, "ed", Role.EDITOR);
        AppUser cora = TestData.user(users, userRepository, "cora", Role.CURATOR);
        long claim = schema.labels().stream().filter(l -> l.kind() == LabelKind.CLAIM).findFirst().orElseThrow().id();
        long losses = dsl.fetchSingle("SELECT id FROM claim_type WHERE code = 'military_loss'").get(0, Long.class);
        long casualties = dsl.fetchSingle("SELECT id FROM claim_type WHERE code = 'casualty_figure'").get(0, Long.class);
        // one event told twice, with different tank losses; two unrelated events with casualties "in people"
        TestData.article(dsl, 1, "Border clash", "A", "The army said 4 tanks were destroyed.");
        TestData.article(dsl, 2, "Border clash (wire)", "B", "The army said 6 tanks were destroyed.");
        dsl.execute("UPDATE article SET story_cluster = 1 WHERE id IN (1, 2)");
        TestData.article(dsl, 3, "Flood", "A", "Officials said 35 people died in the flood.");
        TestData.article(dsl, 4, "Earthquake", "B", "Officials said 900 people died in the earthquake.");
        figure(ed, 1, claim, losses, 14, "4 tanks were destroyed", "4", "tanks");
        figure(ed, 2, claim, losses, 14, "6 tanks were destroyed", "6", "tanks");
        figure(ed, 3, claim, casualties, 15, "35 people died", "35", "people");
        figure(ed, 4, claim, casualties, 15, "900 people died", "900", "people");

        ReportRun run = As.user(cora.id(), "cora", Role.CURATOR, () -> {
            try {
                return reports.run("contradictions", Map.of());
            } catch (QueryRejectedException e) {
                throw new AssertionError(e.getMessage());
            }
        });
        List<String> columns = run.result().columns().stream().map(String::toLowerCase).toList();
        assertThat(run.result().rows()).extracting(r -> r.get(columns.indexOf("subject")) + " "
                + ((BigDecimal) r.get(columns.indexOf("figure"))).stripTrailingZeros().toPlainString() + " "
                + r.get(columns.indexOf("compared_within")))
                .containsExactly("tanks 6 story 1", "tanks 4 story 1");
    }

    private void figure(AppUser who, long article, long label, long type, int start, String text, String value,
            String unit) {
        As.user(who.id(), who.username(), who.role(), () -> annotations.create(article, new AnnotationDraft(label, start,
                start + text.length(), type, new BigDecimal(value), unit, null, null, null, null, null)));
    }
}

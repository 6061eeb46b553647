package org.corpusdesk.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corpusdesk.agreement.AgreementRow;
import org.corpusdesk.agreement.AgreementService;
import org.corpusdesk.annotation.Annotation;
import org.corpusdesk.annotation.AnnotationDraft;
import org.corpusdesk.annotation.AnnotationService;
import org.corpusdesk.annotation.LabelKind;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.article.ArticleAccess;
import org.corpusdesk.export.ExportRequest;
import org.corpusdesk.export.ExportService;
import org.corpusdesk.export.ExportStatus;
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
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Curation of one article two editors annotated: "The mayor said 12 people were hurt, police said 15 were hurt."
 * Both: SOURCE "The mayor", CLAIM "12 people were hurt" attributed to it. ann: CLAIM "15 were hurt"; bob: CLAIM
 * "were hurt" (a conflict over the second claim) and SOURCE "police" (only bob).
 */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:curation;DB_CLOSE_DELAY=-1")
class CurationServiceTest {

    static final String TEXT = "The mayor said 12 people were hurt, police said 15 were hurt.";
    static long next = 930_000;

    @Autowired CurationService curation;
    @Autowired AnnotationService annotations;
    @Autowired AgreementService agreement;
    @Autowired ExportService export;
    @Autowired ArticleAccess access;
    @Autowired LabelSchemaService schema;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    AppUser ann;
    AppUser bob;
    AppUser cora;
    long article;

    @BeforeEach
    void twoLayers() {
        ann = TestData.user(users, userRepository, "ann", Role.EDITOR);
        bob = TestData.user(users, userRepository, "bob", Role.EDITOR);
        cora = TestData.user(users, userRepository, "cora", Role.CURATOR);
        article = next++;
        TestData.article(dsl, article, "Two counts " + article, "Wire", TEXT);
        Annotation annMayor = tag(ann, LabelKind.SOURCE, 0, 9);
        Annotation annClaim = tag(ann, LabelKind.CLAIM, 15, 34);
        tag(ann, LabelKind.CLAIM, 48, 60);
        As.user(ann.id(), "ann", Role.EDITOR, () -> annotations.attribute(annClaim.id(), annMayor.id(), null));
        Annotation bobMayor = tag(bob, LabelKind.SOURCE, 0, 9);
        Annotation bobClaim = tag(bob, LabelKind.CLAIM, 15, 34);
        tag(bob, LabelKind.CLAIM, 51, 60);
        tag(bob, LabelKind.SOURCE, 36, 42);
        As.user(bob.id(), "bob", Role.EDITOR, () -> annotations.attribute(bobClaim.id(), bobMayor.id(), null));
    }

    Annotation tag(AppUser who, LabelKind kind, int start, int end) {
        return As.user(who.id(), who.username(), who.role(),
                () -> annotations.create(article, AnnotationDraft.span(label(kind), start, end)));
    }

    long label(LabelKind kind) {
        return schema.labels().stream().filter(l -> l.kind() == kind).findFirst().orElseThrow().id();
    }

    <T> T asCurator(java.util.function.Supplier<T> action) {
        return As.user(cora.id(), "cora", Role.CURATOR, action);
    }

    List<String> gold() {
        return dsl.fetch("SELECT a.start_cp, a.end_cp FROM annotation a JOIN app_user u ON u.id = a.annotator_id "
                + "WHERE u.gold_layer AND a.article_id = ? ORDER BY a.start_cp, a.end_cp", article)
                .map(r -> TEXT.substring(r.get(0, Integer.class), r.get(1, Integer.class)));
    }

    @Test
    void theSheetGroupsOverlappingSpansIntoUnitsAndMarksWhatEveryEditorAgreedOn() {
        CurationSheet sheet = asCurator(() -> curation.sheet(article));
        assertThat(sheet.layers()).containsExactly("ann", "bob");
        assertThat(sheet.units()).extracting(u -> TEXT.substring(u.start(), u.end()))
                .containsExactly("The mayor", "12 people were hurt", "police", "15 were hurt");
        assertThat(sheet.units()).extracting(CurationSheet.Unit::agreed).containsExactly(true, true, false, false);
        CurationSheet.Unit conflict = sheet.units().get(3);
        assertThat(conflict.variants()).extracting(CurationSheet.Variant::text, v -> v.annotators())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("15 were hurt", List.of("ann")),
                        org.assertj.core.groups.Tuple.tuple("were hurt", List.of("bob")));
        assertThat(sheet.attributions()).singleElement().satisfies(a -> {
            assertThat(a.claimText()).isEqualTo("12 people were hurt");
            assertThat(a.sourceText()).isEqualTo("The mayor");
            assertThat(a.agreed()).isTrue();
        });
    }

    @Test
    void acceptingAgreedSpansThenOneSideOfTheConflictBuildsTheGoldLayerWithItsAttribution() {
        assertThat(asCurator(() -> curation.acceptAgreed(article))).isEqualTo(2);
        assertThat(gold()).containsExactly("The mayor", "12 people were hurt");
        CurationSheet sheet = asCurator(() -> curation.sheet(article));
        assertThat(sheet.attributions().getFirst().inGold()).isTrue();

        CurationSheet.Variant bobs = sheet.units().get(3).variants().get(1);
        asCurator(() -> curation.acceptSpans(article, bobs.spanIds(), true));
        CurationSheet.Variant anns = sheet.units().get(3).variants().get(0);
        // choosing the other side replaces it: overlapping spans of one label are alternatives
        asCurator(() -> curation.acceptSpans(article, anns.spanIds(), true));
        assertThat(gold()).containsExactly("The mayor", "12 people were hurt", "15 were hurt");

        asCurator(() -> {
            curation.markCurated(article);
            return null;
        });
        assertThat(dsl.fetchValue("SELECT status FROM article WHERE id = ?", article)).isEqualTo("CURATED");
        assertThat(As.user(ann.id(), "ann", Role.EDITOR, () -> access.refusal(article))).contains("curated");
        // every gold span's acceptance is audited with the editor's span it came from
        assertThat(dsl.fetchValue("SELECT COUNT(*) FROM annotation a JOIN app_user u ON u.id = a.annotator_id "
                + "WHERE u.gold_layer AND a.article_id = ? AND NOT EXISTS (SELECT 1 FROM audit_event e "
                + "WHERE e.entity_type = 'annotation' AND e.entity_id = a.id AND e.action = 'CREATE' "
                + "AND e.after_json LIKE '%acceptedFrom%' AND e.actor_name = 'cora')", article)).isEqualTo(0L);
    }

    @Test
    void aLayerComesWholeWithItsAttributionsAndGoldSpansCanBeTakenOut() {
        assertThat(asCurator(() -> curation.acceptLayer(article, "bob"))).isEqualTo(4);
        assertThat(gold()).containsExactly("The mayor", "12 people were hurt", "police", "were hurt");
        CurationSheet sheet = asCurator(() -> curation.sheet(article));
        long goldMayor = sheet.units().get(0).variants().getFirst().goldSpanId();
        assertThat(asCurator(() -> curation.removeFromGold(article, List.of(goldMayor)))).isEqualTo(1);
        assertThat(gold()).containsExactly("12 people were hurt", "police", "were hurt");
        assertThat(asCurator(() -> curation.sheet(article)).attributions().getFirst().inGold()).isFalse();
        assertThatThrownBy(() -> asCurator(() -> curation.acceptLayer(article, "nobody")))
                .hasMessageContaining("nobody has no spans");
        assertThatThrownBy(() -> As.user(ann.id(), "ann", Role.EDITOR, () -> curation.acceptAgreed(article)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aCuratorTagsStraightIntoGoldAndEditorsMayNot() {
        long cue = label(LabelKind.CUE);
        asCurator(() -> annotations.createInGold(article, AnnotationDraft.span(cue, 10, 14)));
        assertThat(gold()).containsExactly("said");
        assertThat(asCurator(() -> annotations.goldLayer(article))).extracting(Annotation::annotator).containsExactly("gold");
        CurationSheet sheet = asCurator(() -> curation.sheet(article));
        assertThat(sheet.layers()).containsExactly("ann", "bob");
        assertThat(sheet.variants()).filteredOn(v -> v.text().equals("said")).singleElement().satisfies(v -> {
            assertThat(v.annotators()).isEmpty();
            assertThat(v.inGold()).isTrue();
            assertThat(v.agreed()).isFalse();
        });
        assertThatThrownBy(() -> As.user(ann.id(), "ann", Role.EDITOR,
                () -> annotations.createInGold(article, AnnotationDraft.span(cue, 43, 47))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void agreementLeavesTheGoldLayerOutAndTheGoldExportHoldsExactlyTheCuratedSpans(@TempDir Path out) throws Exception {
        List<AgreementRow> before = asCurator(() -> agreement.agreement(new AgreementService.Filter(java.util.Set.of(),
                java.util.Set.of(), article)));
        asCurator(() -> curation.acceptAgreed(article));
        asCurator(() -> {
            curation.markCurated(article);
            return null;
        });
        List<AgreementRow> after = asCurator(() -> agreement.agreement(new AgreementService.Filter(java.util.Set.of(),
                java.util.Set.of(), article)));
        assertThat(after).isEqualTo(before);
        assertThat(after).noneMatch(r -> r.annotatorA().equals("gold") || r.annotatorB().equals("gold"));

        var result = asCurator(() -> export.export(new ExportRequest("jsonl", out, ExportStatus.APPROVED, List.of(), null,
                true, null, 1, false)));
        assertThat(result.stats().articles()).isGreaterThanOrEqualTo(1);
        String line = Files.readAllLines(out.resolve("data.jsonl")).stream()
                .filter(l -> l.contains("\"id\":" + article + ",")).findFirst().orElseThrow();
        var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(line);
        List<String> spans = new java.util.ArrayList<>();
        json.get("spans").forEach(s -> spans.add(s.get("text").asString() + "@" + s.get("annotator").asString()));
        assertThat(spans).containsExactly("The mayor@gold", "12 people were hurt@gold");
        assertThat(json.get("relations")).hasSize(1);
        assertThat(Files.readString(out.resolve("README.md"))).contains("exported article has been curated");
    }
}

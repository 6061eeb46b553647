package org.corpusdesk.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.corpusdesk.registry.ClaimRegistryService;
import org.corpusdesk.registry.RegistrySource;
import org.corpusdesk.registry.SourceKind;
import org.corpusdesk.registry.SourceRegistryService;
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

/** Spans in code points, per-annotator layers, locking, attribution and the registries, through the services. */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:annotations;DB_CLOSE_DELAY=-1")
class AnnotationServiceTest {

    /** Astral characters (emoji, a math letter) before the spans: UTF-16 indices would be off by three. */
    static final String TEXT = "🇦🇲 Update 𝔸: The Russian Foreign Ministry said more than 1,250 people were evacuated.";

    @Autowired AnnotationService annotations;
    @Autowired LabelSchemaService schema;
    @Autowired SourceRegistryService sources;
    @Autowired ClaimRegistryService claims;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    AppUser ed;
    AppUser eve;
    AppUser cora;
    long article;
    long source;
    long claim;
    long cue;

    @BeforeEach
    void fixture() {
        ed = TestData.user(users, userRepository, "ed", Role.EDITOR);
        eve = TestData.user(users, userRepository, "eve", Role.EDITOR);
        cora = TestData.user(users, userRepository, "cora", Role.CURATOR);
        article = 500_000 + dsl.fetchCount(dsl.selectFrom(org.corpusdesk.jooq.Tables.ARTICLE));
        TestData.article(dsl, article, "Evacuation", "Daily Example", TEXT);
        List<Label> labels = schema.labels();
        source = labels.stream().filter(l -> l.kind() == LabelKind.SOURCE).findFirst().orElseThrow().id();
        claim = labels.stream().filter(l -> l.kind() == LabelKind.CLAIM).findFirst().orElseThrow().id();
        cue = labels.stream().filter(l -> l.kind() == LabelKind.CUE).findFirst().orElseThrow().id();
    }

    int cp(String needle) {
        int utf16 = TEXT.indexOf(needle);
        return TEXT.codePointCount(0, utf16);
    }

    Annotation tag(AppUser who, long label, String needle) {
        int start = cp(needle);
        return As.user(who.id(), who.username(), who.role(),
                () -> annotations.create(article, AnnotationDraft.span(label, start, start + needle.codePointCount(0, needle.length()))));
    }

    /**
     * A delete racing an update of the same annotation: exactly one wins. A delete that reports success has
     * removed the row and audited it; one that lost says so (a conflict), leaves the row and audits nothing; an
     * update that lost is a conflict too, never a silent failure.
     */
    @Test
    void aDeleteRacingAnUpdateHasOneWinnerAndTheAuditSaysOnlyWhatHappened() throws Exception {
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 30; round++) {
                Annotation a = tag(ed, source, "Russian Foreign Ministry");
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                var deleting = two.submit(() -> {
                    start.await();
                    return As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.delete(a.id(), a.version()));
                });
                var updating = two.submit(() -> {
                    start.await();
                    return As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.update(a.id(), a.version(),
                            a.draft().withAttributes(null, null, "raced")));
                });
                boolean deleted = succeeded(deleting);
                boolean updated = succeeded(updating);
                boolean rowLeft = dsl.fetchCount(org.corpusdesk.jooq.Tables.ANNOTATION,
                        org.corpusdesk.jooq.Tables.ANNOTATION.ID.eq(a.id())) == 1;
                int deleteEvents = dsl.fetchCount(org.corpusdesk.jooq.Tables.AUDIT_EVENT,
                        org.corpusdesk.jooq.Tables.AUDIT_EVENT.ENTITY_TYPE.eq("annotation")
                                .and(org.corpusdesk.jooq.Tables.AUDIT_EVENT.ENTITY_ID.eq(a.id()))
                                .and(org.corpusdesk.jooq.Tables.AUDIT_EVENT.ACTION.eq("DELETE")));
                assertThat(deleted ^ updated).as("round %d: exactly one wins (deleted %s, updated %s)", round, deleted, updated)
                        .isTrue();
                assertThat(rowLeft).as("round %d: the row is there exactly when the delete lost", round).isEqualTo(!deleted);
                assertThat(deleteEvents).as("round %d: audited only when deleted", round).isEqualTo(deleted ? 1 : 0);
                if (rowLeft) {
                    As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.delete(a.id(), a.version() + 1));
                }
            }
        } finally {
            two.shutdownNow();
        }
    }

    /** True when the call returned, false when it was refused as a conflict; anything else fails the test. */
    private static boolean succeeded(java.util.concurrent.Future<?> call) throws Exception {
        try {
            call.get(60, java.util.concurrent.TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(AnnotationConflictException.class);
            return false;
        }
    }

    /** Ids past the boxed-Long cache (-128…127): an identity comparison of two Longs fails there. */
    @Test
    void editorsWithLargeIdsEditAndDeleteTheirOwnAnnotations() {
        dsl.execute("ALTER TABLE app_user ALTER COLUMN id RESTART WITH " + (1_000 + dsl.fetchCount(org.corpusdesk.jooq.Tables.APP_USER)));
        AppUser late = TestData.user(users, userRepository, "late-editor-" + System.nanoTime(), Role.EDITOR);
        assertThat(late.id()).isGreaterThan(127);
        Annotation mine = tag(late, source, "Russian Foreign Ministry");
        assertThat(mine.editable()).isTrue();
        Annotation noted = As.user(late.id(), late.username(), Role.EDITOR,
                () -> annotations.update(mine.id(), mine.version(), mine.draft().withAttributes(null, null, "checked")));
        assertThat(noted.note()).isEqualTo("checked");
        As.user(late.id(), late.username(), Role.EDITOR, () -> annotations.delete(noted.id(), noted.version()));
        assertThat(dsl.fetchCount(org.corpusdesk.jooq.Tables.ANNOTATION, org.corpusdesk.jooq.Tables.ANNOTATION.ID.eq(mine.id()))).isZero();
    }

    @Test
    void offsetsAreCodePointsAndTheCoveredTextIsPythonsSlice() {
        Annotation a = tag(ed, source, "Russian Foreign Ministry");
        assertThat(TEXT.indexOf("Russian") - a.startCp()).as("three astral characters before").isEqualTo(3);
        assertThat(a.text()).isEqualTo("Russian Foreign Ministry");
        assertThat(Spans.slice(TEXT, a.startCp(), a.endCp())).isEqualTo(a.text());
        assertThat(dsl.fetchValue("SELECT text FROM v_annotation WHERE id = " + a.id())).isEqualTo("Russian Foreign Ministry");
        assertThatThrownBy(() -> As.user(ed.id(), "ed", Role.EDITOR,
                () -> annotations.create(article, AnnotationDraft.span(source, 80, 200))))
                .hasMessageContaining("outside the text");
    }

    @Test
    void editorsSeeTheirOwnLayerAndOthersReadOnlyWhileCuratorsChangeAll() {
        Annotation mine = tag(ed, claim, "more than 1,250 people");
        assertThat(As.user(eve.id(), "eve", Role.EDITOR, () -> annotations.forArticle(article, false)))
                .extracting(Annotation::id).doesNotContain(mine.id());
        // blind double annotation: another editor's layer stays hidden until a curator decided the article
        assertThat(As.user(eve.id(), "eve", Role.EDITOR, () -> annotations.forArticle(article, true)))
                .extracting(Annotation::id).doesNotContain(mine.id());
        assertThat(As.user(eve.id(), "eve", Role.EDITOR, () -> annotations.mayShowOthers(article))).isFalse();
        assertThat(As.user(cora.id(), "cora", Role.CURATOR, () -> annotations.forArticle(article, false)))
                .extracting(Annotation::id).contains(mine.id());
        dsl.execute("UPDATE article SET status = 'APPROVED' WHERE id = ?", article);
        List<Annotation> shown = As.user(eve.id(), "eve", Role.EDITOR, () -> annotations.forArticle(article, true));
        assertThat(shown).filteredOn(a -> a.id() == mine.id()).singleElement()
                .satisfies(a -> assertThat(a.editable()).isFalse());
        dsl.execute("UPDATE article SET status = 'IN_PROGRESS' WHERE id = ?", article);
        assertThatThrownBy(() -> As.user(eve.id(), "eve", Role.EDITOR, () -> annotations.delete(mine.id(), mine.version())))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("belongs to ed");
        Annotation byCurator = As.user(cora.id(), "cora", Role.CURATOR, () -> annotations.update(mine.id(), mine.version(),
                mine.draft().withFigure(FigureParser.parse(mine.text()).orElseThrow())));
        assertThat(byCurator.figure()).isEqualByComparingTo(new BigDecimal("1250"));
        assertThat(byCurator.figureUnit()).isEqualTo("people");
        assertThat(byCurator.figureQualifier()).isEqualTo("more than");
        assertThat(byCurator.annotator()).as("still ed's annotation").isEqualTo("ed");
    }

    @Test
    void aStaleSaveIsReportedWithTheCurrentStateAndWritesNothing() {
        Annotation a = tag(ed, claim, "people were evacuated");
        Annotation first = As.user(ed.id(), "ed", Role.EDITOR,
                () -> annotations.update(a.id(), a.version(), a.draft().withAttributes(null, null, "first note")));
        assertThat(first.version()).isEqualTo(a.version() + 1);
        assertThatThrownBy(() -> As.user(ed.id(), "ed", Role.EDITOR,
                () -> annotations.update(a.id(), a.version(), a.draft().withAttributes(null, null, "stale note"))))
                .isInstanceOfSatisfying(AnnotationConflictException.class,
                        e -> assertThat(e.current().note()).isEqualTo("first note"));
        assertThat(As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.find(a.id())).orElseThrow().note())
                .isEqualTo("first note");
    }

    @Test
    void claimsAreAttributedToSourcesThroughCuesAndUndoBringsADeletedSpanBack() {
        Annotation s = tag(ed, source, "Russian Foreign Ministry");
        Annotation q = tag(ed, cue, "said");
        Annotation c = tag(ed, claim, "more than 1,250 people were evacuated");
        Attribution link = As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.attribute(c.id(), s.id(), q.id()));
        assertThat(dsl.fetchValue("SELECT source_text FROM v_attribution WHERE id = " + link.id()))
                .isEqualTo("Russian Foreign Ministry");
        assertThatThrownBy(() -> As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.attribute(s.id(), c.id(), null)))
                .hasMessageContaining("must be a CLAIM span");

        // deleting a source a claim is attributed to says what goes with it
        assertThat(As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.dependents(s.id())))
                .containsExactly("the attribution of the claim “more than 1,250 people were evacuated” to it");
        DeletedSpan deleted = As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.delete(s.id(), s.version()));
        assertThat(As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.attributions(article))).isEmpty();
        assertThat(dsl.fetchValue("SELECT annotation_count FROM article WHERE id = " + article)).isEqualTo(2);
        Annotation back = As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.restore(deleted));
        assertThat(dsl.fetchValue("SELECT annotation_count FROM article WHERE id = " + article))
                .as("the stored count follows creates and deletes").isEqualTo(3);
        assertThat(back.text()).isEqualTo("Russian Foreign Ministry");
        assertThat(dsl.fetchValue("SELECT count(*) FROM v_audit WHERE entity_type = 'annotation' AND entity_id = " + s.id()))
                .isEqualTo(2L);
        // undo brings the claim's attribution back, with its cue, to the restored source
        assertThat(As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.attributions(article))).singleElement()
                .satisfies(t -> {
                    assertThat(t.claimAnnotationId()).isEqualTo(c.id());
                    assertThat(t.sourceAnnotationId()).isEqualTo(back.id());
                    assertThat(t.cueAnnotationId()).isEqualTo(q.id());
                });

        // deleting the cue keeps the attribution without it; undo gives the cue back
        assertThat(As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.dependents(q.id())))
                .singleElement().asString().contains("the cue of the claim", "(the attribution stays)");
        DeletedSpan cueGone = As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.delete(q.id(), q.version()));
        assertThat(As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.attributions(article))).singleElement()
                .satisfies(t -> assertThat(t.cueAnnotationId()).isNull());
        Annotation cueBack = As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.restore(cueGone));
        assertThat(As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.attributions(article))).singleElement()
                .satisfies(t -> assertThat(t.cueAnnotationId()).isEqualTo(cueBack.id()));
    }

    @Test
    void twoSpellingsOfOneSourcePointToOneRegistryEntry() {
        RegistrySource mfa = As.user(ed.id(), "ed", Role.EDITOR, () -> sources.create("Ministry of Foreign Affairs of Russia",
                SourceKind.GOVERNMENT, "RU", List.of("Russia's Foreign Ministry", "Russian Foreign Ministry")));
        assertThat(As.user(eve.id(), "eve", Role.EDITOR, () -> sources.byAlias("the Russian Foreign Ministry")))
                .hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(mfa.id()));
        assertThat(As.user(eve.id(), "eve", Role.EDITOR, () -> sources.byAlias("Russia’s foreign ministry")))
                .hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(mfa.id()));
        assertThat(As.user(eve.id(), "eve", Role.EDITOR, () -> sources.search("foreign minis", 10)))
                .extracting(RegistrySource::id).contains(mfa.id());
        assertThatThrownBy(() -> As.user(eve.id(), "eve", Role.EDITOR, () -> sources.create("Russian Foreign Ministry",
                SourceKind.GOVERNMENT, null, List.of()))).hasMessageContaining("already names");

        Annotation mention = tag(eve, source, "Russian Foreign Ministry");
        Annotation linked = As.user(eve.id(), "eve", Role.EDITOR,
                () -> annotations.update(mention.id(), mention.version(), mention.draft().withSource(mfa.id())));
        assertThat(linked.sourceName()).isEqualTo("Ministry of Foreign Affairs of Russia");

        long other = article + 100_000;
        TestData.article(dsl, other, "Second", "Other Outlet", TEXT);
        var canonical = As.user(ed.id(), "ed", Role.EDITOR, () -> claims.create("Over 1,250 people evacuated", "evacuation", null, null));
        for (long art : new long[] {article, other}) {
            As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.create(art,
                    AnnotationDraft.span(claim, cp("more than"), cp("more than") + 9).withClaim(canonical.id())));
        }
        assertThat(As.user(ed.id(), "ed", Role.EDITOR, () -> claims.get(canonical.id())).orElseThrow().appearances())
                .isEqualTo("in 2 articles from 2 outlets");
    }

    @Test
    void curatorsMergeDuplicateRegistryEntriesAndTheMentionsMoveOver() {
        RegistrySource a = As.user(ed.id(), "ed", Role.EDITOR, () -> sources.create("Armenian Defence Ministry " + article,
                SourceKind.MILITARY, "AM", List.of()));
        RegistrySource b = As.user(ed.id(), "ed", Role.EDITOR, () -> sources.create("Ministry of Defence of Armenia " + article,
                SourceKind.MILITARY, "AM", List.of()));
        Annotation mention = tag(ed, source, "Russian Foreign Ministry");
        As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.update(mention.id(), mention.version(), mention.draft().withSource(b.id())));
        assertThatThrownBy(() -> As.user(ed.id(), "ed", Role.EDITOR, () -> sources.merge(b.id(), a.id())))
                .isInstanceOf(AccessDeniedException.class);

        RegistrySource kept = As.user(cora.id(), "cora", Role.CURATOR, () -> sources.merge(b.id(), a.id()));
        assertThat(kept.aliases()).contains("Ministry of Defence of Armenia " + article);
        assertThat(As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.find(mention.id())).orElseThrow().sourceId())
                .isEqualTo(a.id());
        assertThat(As.user(ed.id(), "ed", Role.EDITOR, () -> sources.byAlias("Ministry of Defence of Armenia " + article)))
                .hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(a.id()));
        assertThat(As.user(ed.id(), "ed", Role.EDITOR, () -> sources.usage("Defence", 0, 10)))
                .filteredOn(u -> u.source().id() == a.id()).singleElement()
                .satisfies(u -> assertThat(u.mentions()).isEqualTo(1));
        assertThat(dsl.fetchValue("SELECT count(*) FROM v_audit WHERE entity_type = 'registry_source' AND action = 'UPDATE'"
                + " AND entity_id IN (" + a.id() + ", " + b.id() + ")")).isEqualTo(2L);
        assertThatThrownBy(() -> As.user(cora.id(), "cora", Role.CURATOR, () -> sources.merge(b.id(), a.id())))
                .hasMessageContaining("already merged");
    }

    /** An approved or rejected article is read-only for editors (spans and attributions) until a curator reopens it. */
    @Test
    void approvedAndRejectedArticlesAreReadOnlyForEditorsUntilACuratorReopensThem() {
        Annotation mine = tag(ed, source, "The Russian Foreign Ministry");
        for (String decided : new String[] {"APPROVED", "REJECTED"}) {
            dsl.update(org.corpusdesk.jooq.Tables.ARTICLE).set(org.corpusdesk.jooq.Tables.ARTICLE.STATUS, decided)
                    .where(org.corpusdesk.jooq.Tables.ARTICLE.ID.eq(article)).execute();
            assertThatThrownBy(() -> tag(ed, claim, "evacuated"))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("is " + decided.toLowerCase(java.util.Locale.ROOT) + ": read-only for editors");
            assertThatThrownBy(() -> As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.delete(mine.id(), mine.version())))
                    .isInstanceOf(AccessDeniedException.class);
            // a curator still may, as the curator who decided
            String needle = decided.equals("APPROVED") ? "1,250 people" : "were evacuated";
            assertThat(tag(cora, claim, needle).text()).isEqualTo(needle);
        }
        dsl.update(org.corpusdesk.jooq.Tables.ARTICLE).set(org.corpusdesk.jooq.Tables.ARTICLE.STATUS, "IN_PROGRESS")
                .where(org.corpusdesk.jooq.Tables.ARTICLE.ID.eq(article)).execute();
        assertThat(As.user(ed.id(), "ed", Role.EDITOR, () -> annotations.delete(mine.id(), mine.version())).span().id())
                .isEqualTo(mine.id());
    }
}

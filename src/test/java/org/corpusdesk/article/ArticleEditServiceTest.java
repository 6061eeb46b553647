package org.corpusdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
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

/** Metadata correction: one revision per changed field, optimistic locking, status rights, audit. */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:article-edit;DB_CLOSE_DELAY=-1")
class ArticleEditServiceTest {

    @Autowired ArticleEditService articles;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    AppUser ed;
    AppUser eve;
    AppUser cora;
    long id;

    @BeforeEach
    void fixture() {
        ed = TestData.user(users, userRepository, "ed", Role.EDITOR);
        eve = TestData.user(users, userRepository, "eve", Role.EDITOR);
        cora = TestData.user(users, userRepository, "cora", Role.CURATOR);
        id = 700_000 + dsl.fetchCount(dsl.selectFrom(org.corpusdesk.jooq.Tables.ARTICLE));
        TestData.article(dsl, id, null, "upi", "Oct. 31 (UPI) -- Clashes continued on the border.");
    }

    ArticleDetail load(AppUser who) {
        return As.user(who.id(), who.username(), who.role(), () -> articles.load(id)).orElseThrow();
    }

    static ArticleMetadata with(ArticleMetadata m, String title, String outlet, ArticleStatus status) {
        return new ArticleMetadata(title, outlet, m.author(), m.url(), LocalDate.of(2020, 10, 31), m.language(),
                m.dateline(), m.creditLine(), Set.of("opinion"), status, m.duplicateOf());
    }

    @Test
    void eachChangedFieldBecomesOneRevisionWithWhoAndWhy() {
        ArticleDetail before = load(ed);
        ArticleMetadata edited = with(before.metadata(), "Clashes on the border", "UPI", ArticleStatus.IN_PROGRESS);
        ArticleDetail after = As.user(ed.id(), "ed", Role.EDITOR,
                () -> articles.save(id, before.version(), before.metadata(), edited, "outlet spelling"));
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.metadata().title()).isEqualTo("Clashes on the border");
        var history = As.user(ed.id(), "ed", Role.EDITOR, () -> articles.history(id));
        assertThat(history).extracting(MetadataRevision::field)
                .containsExactlyInAnyOrder("title", "outlet", "published_on", "flags", "status");
        assertThat(history).filteredOn(r -> r.field().equals("outlet")).singleElement().satisfies(r -> {
            assertThat(r.oldValue()).isEqualTo("upi");
            assertThat(r.newValue()).isEqualTo("UPI");
            assertThat(r.changedBy()).isEqualTo("ed");
            assertThat(r.reason()).isEqualTo("outlet spelling");
        });
        assertThat(dsl.fetchValue("SELECT count(*) FROM v_metadata_revision WHERE article_id = " + id)).isEqualTo(5L);
        assertThat(dsl.fetchValue("SELECT count(*) FROM v_audit WHERE entity_type = 'article' AND entity_id = " + id))
                .isEqualTo(1L);
    }

    /**
     * Two saves of the same field at the same moment: the loser is told the field was changed by both, whether
     * the conflict is found by the first version check or by the versioned update itself.
     */
    @Test
    void simultaneousSavesOfOneFieldTellTheLoserItChangedItToo() throws Exception {
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 20; i++) {
                int round = i;
                ArticleDetail seen = load(ed);
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                java.util.List<java.util.concurrent.Future<ArticleDetail>> saves = new java.util.ArrayList<>();
                for (AppUser who : java.util.List.of(ed, eve)) {
                    ArticleMetadata edit = with(seen.metadata(), who.username() + " title " + round, "UPI", ArticleStatus.NEW);
                    saves.add(two.submit(() -> {
                        start.await();
                        return As.user(who.id(), who.username(), Role.EDITOR,
                                () -> articles.save(id, seen.version(), seen.metadata(), edit, null));
                    }));
                }
                int conflicts = 0;
                for (var save : saves) {
                    try {
                        save.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        conflicts++;
                        assertThat(e.getCause()).isInstanceOfSatisfying(ArticleConflictException.class,
                                c -> assertThat(c.overlapping()).as("round %d", round).contains("title"));
                    }
                }
                assertThat(conflicts).as("round %d: one save wins", round).isEqualTo(1);
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void aConcurrentSaveIsReportedToTheLoserWithWhatChangedAndNothingIsOverwritten() {
        ArticleDetail edSees = load(ed);
        ArticleDetail eveSees = load(eve);
        As.user(eve.id(), "eve", Role.EDITOR, () -> articles.save(id, eveSees.version(), eveSees.metadata(),
                with(eveSees.metadata(), "Eve's title", "upi", ArticleStatus.NEW), null));
        ArticleMetadata edEdit = with(edSees.metadata(), "Ed's title", "UPI", ArticleStatus.NEW);
        assertThatThrownBy(() -> As.user(ed.id(), "ed", Role.EDITOR,
                () -> articles.save(id, edSees.version(), edSees.metadata(), edEdit, null)))
                .isInstanceOfSatisfying(ArticleConflictException.class, e -> {
                    assertThat(e.changedByOthers()).contains("title");
                    assertThat(e.overlapping()).contains("title");
                    assertThat(e.current().metadata().title()).isEqualTo("Eve's title");
                });
        assertThat(load(ed).metadata().title()).isEqualTo("Eve's title");

        // re-apply: Ed's changes on top of the current version
        ArticleDetail now = load(ed);
        ArticleDetail reapplied = As.user(ed.id(), "ed", Role.EDITOR,
                () -> articles.save(id, now.version(), now.metadata(), edEdit, "re-applied after a conflict"));
        assertThat(reapplied.metadata().title()).isEqualTo("Ed's title");
        assertThat(reapplied.metadata().outlet()).isEqualTo("UPI");
    }

    @Test
    void onlyCuratorsApproveOrReject() {
        ArticleDetail a = load(ed);
        assertThatThrownBy(() -> As.user(ed.id(), "ed", Role.EDITOR,
                () -> articles.setStatus(id, a.version(), ArticleStatus.APPROVED)))
                .isInstanceOf(AccessDeniedException.class);
        ArticleDetail done = As.user(ed.id(), "ed", Role.EDITOR, () -> articles.setStatus(id, a.version(), ArticleStatus.DONE));
        ArticleDetail approved = As.user(cora.id(), "cora", Role.CURATOR,
                () -> articles.setStatus(id, done.version(), ArticleStatus.APPROVED));
        assertThat(approved.metadata().status()).isEqualTo(ArticleStatus.APPROVED);
        assertThatThrownBy(() -> As.user(ed.id(), "ed", Role.EDITOR,
                () -> articles.setStatus(id, approved.version(), ArticleStatus.IN_PROGRESS)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badValuesAreRefusedNamingTheField() {
        ArticleDetail a = load(ed);
        ArticleMetadata m = a.metadata();
        ArticleMetadata badUrl = new ArticleMetadata(m.title(), m.outlet(), m.author(), "javascript:alert(1)", null,
                m.language(), m.dateline(), m.creditLine(), m.flags(), m.status(), null);
        assertThatThrownBy(() -> As.user(ed.id(), "ed", Role.EDITOR, () -> articles.save(id, a.version(), m, badUrl, null)))
                .hasMessageStartingWith("url:");
        ArticleMetadata selfDuplicate = new ArticleMetadata(m.title(), m.outlet(), m.author(), null, null,
                m.language(), m.dateline(), m.creditLine(), m.flags(), m.status(), id);
        assertThatThrownBy(() -> As.user(ed.id(), "ed", Role.EDITOR, () -> articles.save(id, a.version(), m, selfDuplicate, null)))
                .hasMessageStartingWith("duplicate of:");
    }

    /** An approved article's metadata is read-only for editors; once a curator reopens it, editors edit again. */
    @Test
    void approvedMetadataIsReadOnlyForEditorsUntilACuratorReopensIt() {
        ArticleDetail a = load(ed);
        ArticleDetail approved = As.user(cora.id(), "cora", Role.CURATOR,
                () -> articles.setStatus(id, a.version(), ArticleStatus.APPROVED));
        ArticleMetadata m = approved.metadata();
        assertThatThrownBy(() -> As.user(ed.id(), "ed", Role.EDITOR, () -> articles.save(id, approved.version(), m,
                with(m, "A new title", m.outlet(), ArticleStatus.APPROVED), null)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("is approved: read-only for editors");
        ArticleDetail reopened = As.user(cora.id(), "cora", Role.CURATOR,
                () -> articles.setStatus(id, approved.version(), ArticleStatus.IN_PROGRESS));
        ArticleDetail edited = As.user(ed.id(), "ed", Role.EDITOR, () -> articles.save(id, reopened.version(),
                reopened.metadata(), with(reopened.metadata(), "A new title", m.outlet(), ArticleStatus.IN_PROGRESS), null));
        assertThat(edited.metadata().title()).isEqualTo("A new title");
    }
}

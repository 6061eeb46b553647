package org.corpusdesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpusdesk.annotation.Annotation;
import org.corpusdesk.annotation.AnnotationConflictException;
import org.corpusdesk.annotation.AnnotationDraft;
import org.corpusdesk.annotation.AnnotationService;
import org.corpusdesk.annotation.LabelKind;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.article.ArticleConflictException;
import org.corpusdesk.article.ArticleDetail;
import org.corpusdesk.article.ArticleEditService;
import org.corpusdesk.article.ArticleMetadata;
import org.corpusdesk.support.As;
import org.corpusdesk.support.Postgres;
import org.corpusdesk.support.ServiceTest;
import org.corpusdesk.support.TestData;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserRepository;
import org.corpusdesk.user.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 50 simulated editors on PostgreSQL save the same articles' titles and the same annotations' notes at once,
 * round after round, each from the version it read: in every round exactly one save per article and per
 * annotation wins, every other editor gets a conflict, and nothing is lost (versions, revisions and the final
 * values match the winners). They have the curator role, so that all may change the same annotation.
 */
@ServiceTest
class ConcurrentEditorsOnPostgresTest {

    static final int EDITORS = 50;
    static final int ARTICLES = 5;
    static final int ROUNDS = 3;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "60");
    }

    @Autowired ArticleEditService articles;
    @Autowired AnnotationService annotations;
    @Autowired LabelSchemaService schema;
    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired DSLContext dsl;

    @Test
    void everyRoundHasOneWinnerPerArticleAndAnnotationAndEveryLoserIsTold() throws Exception {
        List<AppUser> editors = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            editors.add(TestData.user(users, userRepository, "concurrent-" + i, Role.CURATOR));
        }
        long claim = schema.labels().stream().filter(l -> l.kind() == LabelKind.CLAIM).findFirst().orElseThrow().id();
        List<Long> articleIds = new ArrayList<>();
        List<Long> annotationIds = new ArrayList<>();
        for (int a = 0; a < ARTICLES; a++) {
            long id = TestData.article(dsl, 9_000 + a, "Title " + a, "Outlet", "Shelling was reported in the village " + a + ".");
            articleIds.add(id);
            AppUser first = editors.get(0);
            annotationIds.add(As.user(first.id(), first.username(), first.role(),
                    () -> annotations.create(id, AnnotationDraft.span(claim, 0, 8))).id());
        }
        Map<Long, List<String>> articleWinners = new ConcurrentHashMap<>();
        Map<Long, List<String>> annotationWinners = new ConcurrentHashMap<>();
        AtomicInteger articleConflicts = new AtomicInteger();
        AtomicInteger annotationConflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier readAll = new CyclicBarrier(EDITORS);
                int r = round;
                List<Future<?>> work = new ArrayList<>();
                for (AppUser editor : editors) {
                    work.add(pool.submit(() -> As.user(editor.id(), editor.username(), editor.role(), () -> {
                        Map<Long, ArticleDetail> read = new java.util.HashMap<>();
                        Map<Long, Annotation> readSpans = new java.util.HashMap<>();
                        for (int a = 0; a < ARTICLES; a++) {
                            read.put(articleIds.get(a), articles.load(articleIds.get(a)).orElseThrow());
                            readSpans.put(annotationIds.get(a), annotations.find(annotationIds.get(a)).orElseThrow());
                        }
                        await(readAll); // everyone has read the same versions; now all save at once
                        String mine = "round " + r + " by " + editor.username();
                        for (int a = 0; a < ARTICLES; a++) {
                            ArticleDetail before = read.get(articleIds.get(a));
                            ArticleMetadata m = before.metadata();
                            ArticleMetadata edited = new ArticleMetadata(mine, m.outlet(), m.author(), m.url(), m.publishedOn(),
                                    m.language(), m.dateline(), m.creditLine(), m.flags(), m.status(), m.duplicateOf());
                            try {
                                articles.save(before.id(), before.version(), m, edited, null);
                                articleWinners.computeIfAbsent(before.id(), k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(mine);
                            } catch (ArticleConflictException e) {
                                articleConflicts.incrementAndGet();
                            }
                            Annotation span = readSpans.get(annotationIds.get(a));
                            try {
                                annotations.update(span.id(), span.version(), span.draft().withAttributes(null, null, mine));
                                annotationWinners.computeIfAbsent(span.id(), k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(mine);
                            } catch (AnnotationConflictException e) {
                                annotationConflicts.incrementAndGet();
                            }
                        }
                        return null;
                    })));
                }
                for (Future<?> f : work) {
                    f.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(articleConflicts.get()).isEqualTo(ROUNDS * ARTICLES * (EDITORS - 1));
        assertThat(annotationConflicts.get()).isEqualTo(ROUNDS * ARTICLES * (EDITORS - 1));
        AppUser any = editors.get(1);
        for (long id : articleIds) {
            assertThat(articleWinners.get(id)).hasSize(ROUNDS);
            ArticleDetail now = As.user(any.id(), any.username(), any.role(), () -> articles.load(id).orElseThrow());
            assertThat(now.version()).isEqualTo(ROUNDS);
            assertThat(now.metadata().title()).isEqualTo(articleWinners.get(id).get(ROUNDS - 1));
            assertThat(dsl.fetchCount(dsl.selectFrom(org.corpusdesk.jooq.Tables.METADATA_REVISION)
                    .where(org.corpusdesk.jooq.Tables.METADATA_REVISION.ARTICLE_ID.eq(id)))).isEqualTo(ROUNDS);
        }
        for (long id : annotationIds) {
            assertThat(annotationWinners.get(id)).hasSize(ROUNDS);
            Annotation now = As.user(any.id(), any.username(), any.role(), () -> annotations.find(id).orElseThrow());
            assertThat(now.version()).isEqualTo(ROUNDS);
            assertThat(now.note()).isEqualTo(annotationWinners.get(id).get(ROUNDS - 1));
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

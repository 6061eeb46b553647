package org.corpusdesk.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.corpusdesk.annotation.AnnotationDraft;
import org.corpusdesk.annotation.Label;
import org.corpusdesk.annotation.LabelKind;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.annotation.SchemaValue;
import org.corpusdesk.article.ArticleAssignmentService;
import org.corpusdesk.audit.AuditFilter;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.audit.AuditQueryService;
import org.corpusdesk.support.As;
import org.corpusdesk.support.ServiceTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;

/** Users, the role × write-service matrix, audit events and login throttling, through the services. */
@ServiceTest
// role checks only: which articles an editor may change once assignment is in use is ArticleAccessTest's
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:users;DB_CLOSE_DELAY=-1",
    "corpusdesk.workflow.assignment-required=off"})
class UserAndRoleTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired UserService users;
    @Autowired LabelSchemaService schema;
    @Autowired ArticleAssignmentService assignments;
    @Autowired AuditQueryService auditQueries;
    @Autowired AuditLog auditLog;
    @Autowired UserRepository userRepository;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired ApplicationEventPublisher events;
    @Autowired DSLContext dsl;
    @Autowired org.corpusdesk.annotation.AnnotationService annotations;
    @Autowired org.corpusdesk.article.ArticleEditService articles;
    @Autowired org.corpusdesk.registry.SourceRegistryService sources;

    long adminId;

    @BeforeEach
    void firstAdmin() {
        if (users.setupNeeded()) {
            users.createFirstAdmin("root-admin", "Root Admin", PASSWORD);
        }
        adminId = userRepository.find("root-admin").orElseThrow().id();
    }

    <T> T asAdmin(java.util.function.Supplier<T> action) {
        return As.user(adminId, "root-admin", Role.ADMIN, action);
    }

    AppUser ensure(String name, Role role) {
        return userRepository.find(name).orElseGet(() -> asAdmin(() -> users.add(name, null, role, PASSWORD)));
    }

    @Test
    void setupCreatesTheFirstAdminOnceAndIsThenClosed() {
        assertThat(users.setupNeeded()).isFalse();
        assertThatThrownBy(() -> users.createFirstAdmin("intruder", null, "another password"))
                .isInstanceOf(UserProblem.class).hasMessageContaining("setup is already done");
        assertThat(userRepository.find("intruder")).isEmpty();
    }

    /** Each write service, as each role: refused below the role it needs, carried out from it on. */
    @Test
    void writeServicesRefuseRolesBelowWhatTheyNeed() {
        AppUser editor = ensure("matrix-editor", Role.EDITOR);
        AppUser curator = ensure("matrix-curator", Role.CURATOR);
        Map<String, Role> needs = new java.util.LinkedHashMap<>();
        Map<String, Consumer<String>> calls = new java.util.LinkedHashMap<>();
        int[] n = {0};
        calls.put("users.add", who -> users.add("made-by-" + who + "-" + n[0]++, null, Role.EDITOR, PASSWORD));
        needs.put("users.add", Role.ADMIN);
        calls.put("users.list", who -> users.list());
        needs.put("users.list", Role.ADMIN);
        calls.put("users.changeRole", who -> users.changeRole("matrix-editor", Role.EDITOR));
        needs.put("users.changeRole", Role.ADMIN);
        calls.put("users.setEnabled", who -> users.setEnabled("matrix-editor", true));
        needs.put("users.setEnabled", Role.ADMIN);
        calls.put("users.resetPassword", who -> users.resetPassword("matrix-editor", PASSWORD));
        needs.put("users.resetPassword", Role.ADMIN);
        calls.put("schema.saveLabel", who -> schema.saveLabel(new Label(null, "TAG_" + n[0]++, LabelKind.OTHER,
                "#123456", null, null, 50, true, null)));
        needs.put("schema.saveLabel", Role.ADMIN);
        calls.put("schema.saveClaimType", who -> schema.saveClaimType(new SchemaValue(null, "TYPE_" + n[0]++, "t", null, 9, true)));
        needs.put("schema.saveClaimType", Role.ADMIN);
        calls.put("schema.saveVerdict", who -> schema.saveVerdict(new SchemaValue(null, "VERDICT_" + n[0]++, "v", null, 9, true)));
        needs.put("schema.saveVerdict", Role.ADMIN);
        calls.put("assignments.assign", who -> assignments.assign(List.of(), editor.id()));
        needs.put("assignments.assign", Role.CURATOR);
        calls.put("audit.page", who -> auditQueries.page(AuditFilter.ANY, 0, 10));
        needs.put("audit.page", Role.ADMIN);
        long article = 800_000 + dsl.fetchCount(dsl.selectFrom(org.corpusdesk.jooq.Tables.ARTICLE));
        org.corpusdesk.support.TestData.article(dsl, article, null, null, "The ministry said 12 drones were downed.");
        long sourceLabel = schema.labels().stream().filter(l -> l.kind() == LabelKind.SOURCE).findFirst().orElseThrow().id();
        calls.put("annotations.create", who -> annotations.create(article, AnnotationDraft.span(sourceLabel, 4, 12)));
        needs.put("annotations.create", Role.EDITOR);
        calls.put("articles.setStatus", who -> articles.setStatus(article, articles.load(article).orElseThrow().version(),
                org.corpusdesk.article.ArticleStatus.IN_PROGRESS));
        needs.put("articles.setStatus", Role.EDITOR);
        calls.put("sources.create", who -> sources.create("Source made by " + who + " " + n[0]++,
                org.corpusdesk.registry.SourceKind.OTHER, null, List.of()));
        needs.put("sources.create", Role.EDITOR);

        Map<Role, AppUser> actors = Map.of(Role.EDITOR, editor, Role.CURATOR, curator,
                Role.ADMIN, userRepository.find("root-admin").orElseThrow());
        for (var call : calls.entrySet()) {
            assertThatThrownBy(() -> call.getValue().accept("anonymous"))
                    .as("%s without login", call.getKey())
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
            for (Role role : Role.values()) {
                AppUser actor = actors.get(role);
                Runnable attempt = () -> As.user(actor.id(), actor.username(), role, () -> call.getValue().accept(role.name()));
                if (role.includes(needs.get(call.getKey()))) {
                    attempt.run();
                } else {
                    assertThatThrownBy(attempt::run).as("%s as %s", call.getKey(), role)
                            .isInstanceOf(AccessDeniedException.class);
                }
            }
        }
    }

    @Test
    void everyUserChangeIsAuditedWithActorAndNeverThePasswordHash() {
        AppUser added = asAdmin(() -> users.add("audited-editor", "Audited", Role.EDITOR, PASSWORD));
        asAdmin(() -> users.changeRole("audited-editor", Role.CURATOR));
        asAdmin(() -> users.setEnabled("audited-editor", false));
        var events = asAdmin(() -> auditQueries.page(new AuditFilter(null, "user", added.id(), null, null), 0, 10));
        assertThat(events).extracting(e -> e.action()).containsExactly("UPDATE", "UPDATE", "CREATE");
        assertThat(events).allSatisfy(e -> assertThat(e.actor()).isEqualTo("root-admin"));
        assertThat(events.get(1).beforeJson()).contains("\"role\":\"EDITOR\"");
        assertThat(events.get(1).afterJson()).contains("\"role\":\"CURATOR\"");
        String hash = dsl.fetchValue("SELECT password_hash FROM app_user WHERE username = 'audited-editor'").toString();
        assertThat(events).allSatisfy(e -> assertThat(e.afterJson()).doesNotContain(hash));
        assertThat(dsl.fetchValue("SELECT count(*) FROM v_audit WHERE entity_type = 'user' AND entity_id = " + added.id()))
                .isEqualTo(3L);
        assertThat(passwordEncoder.matches(PASSWORD, hash)).isTrue();
        assertThat(hash).startsWith("$2");
    }

    @Test
    void auditEventsOnlyInsideTheChangesTransaction() {
        assertThatThrownBy(() -> asAdmin(() -> {
            auditLog.record(org.corpusdesk.audit.AuditAction.UPDATE, "user", 1L, null, null);
            return null;
        })).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void usersAreNeverDeletedAndTheLastAdminKeepsTheRole() {
        assertThatThrownBy(() -> asAdmin(() -> users.changeRole("root-admin", Role.EDITOR)))
                .isInstanceOf(UserProblem.class).hasMessageContaining("last enabled administrator");
        assertThatThrownBy(() -> asAdmin(() -> users.setEnabled("root-admin", false)))
                .isInstanceOf(UserProblem.class).hasMessageContaining("your own account");
        assertThatThrownBy(() -> asAdmin(() -> users.add("x", null, Role.EDITOR, PASSWORD)))
                .isInstanceOf(UserProblem.class).hasMessageContaining("user name");
        assertThatThrownBy(() -> asAdmin(() -> users.add("shortpw", null, Role.EDITOR, "short")))
                .isInstanceOf(UserProblem.class).hasMessageContaining("at least 10 characters");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        ensure("throttled", Role.EDITOR);
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));

        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("throttled", PASSWORD))
                .isAuthenticated()).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("throttled", "wrong guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("throttled", PASSWORD)))
                .isInstanceOf(LockedException.class);
        assertThat(userRepository.find("throttled").orElseThrow().lockedUntil()).isAfter(java.time.OffsetDateTime.now());
    }

    /**
     * A burst of parallel sign-ins, the right password among many wrong ones: no more passwords are checked than
     * the lock allows (5), whatever the timing; the others are refused as locked before their password is looked at.
     */
    @Test
    void parallelAttemptsGetNoMorePasswordChecksThanTheLockAllows() throws Exception {
        ensure("burst", Role.EDITOR);
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        int attempts = 40;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String password = i == attempts / 2 ? PASSWORD : "wrong guess " + i;
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("burst", password));
                        return "signed in";
                    } catch (BadCredentialsException wrong) {
                        return "wrong password";
                    } catch (LockedException locked) {
                        return "locked";
                    }
                }));
            }
            go.countDown();
            java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
            for (var outcome : outcomes) {
                counts.merge(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS), 1, Integer::sum);
            }
            int checked = counts.getOrDefault("wrong password", 0) + counts.getOrDefault("signed in", 0);
            assertThat(checked).as("passwords checked: %s", counts).isBetween(1, 5 + counts.getOrDefault("signed in", 0) * 5);
            assertThat(counts.getOrDefault("locked", 0)).as("%s", counts).isGreaterThanOrEqualTo(attempts - 10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void curatorsAssignAndEditorsSeeTheirOwnProgress() {
        AppUser editor = ensure("assigned-editor", Role.EDITOR);
        AppUser curator = ensure("assigning-curator", Role.CURATOR);
        for (long id : new long[] {900_001, 900_002, 900_003}) {
            dsl.execute("INSERT INTO article (id, raw_text, clean_text, clean_cp_length, content_hash, story_cluster, status)"
                    + " VALUES (" + id + ", 'x', 'x', 1, 'h" + id + "', " + id + ", '" + (id == 900_003 ? "DONE" : "NEW") + "')");
        }
        int changed = As.user(curator.id(), curator.username(), Role.CURATOR,
                () -> assignments.assign(List.of(900_001L, 900_002L, 900_003L), editor.id()));
        assertThat(changed).isEqualTo(3);
        var mine = As.user(editor.id(), editor.username(), Role.EDITOR, () -> assignments.progress());
        assertThat(mine).singleElement().satisfies(p -> {
            assertThat(p.username()).isEqualTo("assigned-editor");
            assertThat(p.assigned()).isEqualTo(3);
            assertThat(p.done()).isEqualTo(1);
        });
        assertThat(dsl.fetchValue("SELECT count(*) FROM v_audit WHERE entity_type = 'article' AND actor = 'assigning-curator'"))
                .isEqualTo(3L);
        int again = As.user(curator.id(), curator.username(), Role.CURATOR,
                () -> assignments.assign(List.of(900_001L), editor.id()));
        assertThat(again).as("re-assigning to the same editor changes nothing").isZero();
    }
}

package org.corpusdesk.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.corpusdesk.support.ServiceTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The one-time setup creates exactly one administrator, however many setups are submitted at once. */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:first-run;DB_CLOSE_DELAY=-1")
class FirstRunTest {

    @Autowired UserService users;
    @Autowired DSLContext dsl;

    @Test
    void simultaneousSetupsCreateOneAdministrator() throws Exception {
        ExecutorService three = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < 10; round++) {
                dsl.execute("DELETE FROM audit_event");
                dsl.execute("DELETE FROM app_user");
                dsl.execute("DELETE FROM first_run");
                assertThat(users.setupNeeded()).isTrue();
                CyclicBarrier start = new CyclicBarrier(3);
                List<Future<AppUser>> setups = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    String name = "admin-" + round + "-" + i;
                    setups.add(three.submit(() -> {
                        start.await();
                        return users.createFirstAdmin(name, null, "a long enough password");
                    }));
                }
                int created = 0;
                for (Future<AppUser> setup : setups) {
                    try {
                        setup.get(60, TimeUnit.SECONDS);
                        created++;
                    } catch (ExecutionException refused) {
                        assertThat(refused.getCause()).isInstanceOf(UserProblem.class)
                                .hasMessageStartingWith("setup is already done");
                    }
                }
                assertThat(created).as("round %d", round).isEqualTo(1);
                assertThat(dsl.fetchValue("SELECT count(*) FROM app_user", Long.class)).as("round %d", round).isEqualTo(1L);
                assertThat(users.setupNeeded()).isFalse();
            }
        } finally {
            three.shutdownNow();
        }
    }
}

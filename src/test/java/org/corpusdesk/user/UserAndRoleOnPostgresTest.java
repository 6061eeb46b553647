package org.corpusdesk.user;

import org.corpusdesk.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link UserAndRoleTest} on a fresh PostgreSQL 18 database instead of H2. */
class UserAndRoleOnPostgresTest extends UserAndRoleTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}

package org.corpusdesk.report;

import org.corpusdesk.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SavedQueryServiceTest} on a fresh PostgreSQL 18 database instead of H2. */
class SavedQueryServiceOnPostgresTest extends SavedQueryServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}

package org.corpusdesk.ui;

import org.corpusdesk.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ViewsBrowserlessTest} on a fresh PostgreSQL 18 database instead of H2. */
class ViewsBrowserlessOnPostgresTest extends ViewsBrowserlessTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}

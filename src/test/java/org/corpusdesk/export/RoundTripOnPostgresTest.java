package org.corpusdesk.export;

import org.corpusdesk.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RoundTripTest} on a fresh PostgreSQL 18 database instead of H2. */
class RoundTripOnPostgresTest extends RoundTripTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}

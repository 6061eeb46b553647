package org.corpusdesk.ingest;

import org.corpusdesk.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SeedImportTest} on a fresh PostgreSQL 18 database instead of H2. */
class SeedImportOnPostgresTest extends SeedImportTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}

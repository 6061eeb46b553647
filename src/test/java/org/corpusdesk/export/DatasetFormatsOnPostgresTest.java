package org.corpusdesk.export;

import org.corpusdesk.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DatasetFormatsTest} on a fresh PostgreSQL 18 database instead of H2. */
class DatasetFormatsOnPostgresTest extends DatasetFormatsTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}

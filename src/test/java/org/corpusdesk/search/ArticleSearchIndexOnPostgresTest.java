package org.corpusdesk.search;

import org.corpusdesk.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ArticleSearchIndexTest} on a fresh PostgreSQL 18 database instead of H2. */
class ArticleSearchIndexOnPostgresTest extends ArticleSearchIndexTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}

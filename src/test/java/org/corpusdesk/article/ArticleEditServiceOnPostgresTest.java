package org.corpusdesk.article;

import org.corpusdesk.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ArticleEditServiceTest} on a fresh PostgreSQL 18 database instead of H2. */
class ArticleEditServiceOnPostgresTest extends ArticleEditServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}

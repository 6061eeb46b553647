package org.corpusdesk.annotation;

import org.corpusdesk.support.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link AnnotationServiceTest} on a fresh PostgreSQL 18 database instead of H2. */
class AnnotationServiceOnPostgresTest extends AnnotationServiceTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}

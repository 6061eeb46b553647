package org.corpusdesk.shared;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * jOOQ renders names unquoted. The generated classes carry H2's upper-case names; quoted, PostgreSQL would
 * look for "ARTICLE" and fail, unquoted both databases fold them to the same table. The dialect is not set
 * here: Spring Boot takes it from the connection.
 */
@Configuration(proxyBeanMethods = false)
public class JooqSettings {

    @Bean
    DefaultConfigurationCustomizer unquotedNames() {
        return configuration -> configuration.settings().withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    }
}

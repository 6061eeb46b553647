package org.corpusdesk.shared;

import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
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

    /** The settings every jOOQ configuration of the application uses, with or without Spring. */
    public static Settings apply(Settings settings) {
        return settings.withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    }

    @Bean
    DefaultConfigurationCustomizer unquotedNames() {
        return configuration -> apply(configuration.settings());
    }
}

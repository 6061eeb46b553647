package org.corpusdesk.cli;

import org.corpusdesk.Application;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application context of a command: the services and repositories over the database, without the web
 * server, the UI and the auto-configurations a command never uses (evaluating the ~150 of a full start took
 * most of a command's start-up). Beans are created when a command first asks for them. Deliberately not a
 * {@code @Configuration}: the web app's component scan must not pick it up.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
    DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class, FlywayAutoConfiguration.class, JooqAutoConfiguration.class})
@ComponentScan(basePackageClasses = Application.class, excludeFilters = {
    @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Application.class),
    @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.corpusdesk\\.(.+\\.)?ui\\..*")})
class CommandConfiguration {

    /** Beans are lazy, but the schema is brought up to date before any command touches the database. */
    @Bean
    static LazyInitializationExcludeFilter migrateFirst() {
        return LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class);
    }
}

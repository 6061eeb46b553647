package org.corpusdesk.cli;

import org.corpusdesk.Application;
import org.corpusdesk.user.SecurityBeans;
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
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application context of a command: the services and repositories over the database, without the web
 * server, the UI and the auto-configurations a command never uses (evaluating all of them was most of a
 * command's start-up, docs/benchmarks.md). Beans are created when a command first asks for them. Deliberately not a
 * {@code @Configuration}: the web app's component scan must not pick it up.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
    DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
    TransactionAutoConfiguration.class, FlywayAutoConfiguration.class, JooqAutoConfiguration.class})
@ComponentScan(basePackageClasses = Application.class, excludeFilters = {
    @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {Application.class, SecurityBeans.class}),
    @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.corpusdesk\\.(.+\\.)?ui\\..*")})
class CommandConfiguration {

    /**
     * The password hashing of {@link SecurityBeans}, without its method security: a command acts as the
     * administrator (whoever can run the jar on the data folder owns the database), whose every role check passes,
     * and the proxies that check it were a good part of every command's start (docs/benchmarks.md).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return SecurityBeans.passwords();
    }

    /** Beans are lazy, but the schema is brought up to date before any command touches the database. */
    @Bean
    static LazyInitializationExcludeFilter migrateFirst() {
        return LazyInitializationExcludeFilter.forBeanTypes(FlywayMigrationInitializer.class);
    }
}

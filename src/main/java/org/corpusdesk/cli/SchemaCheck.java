package org.corpusdesk.cli;

import org.springframework.core.env.PropertySource;

/**
 * Answers {@code spring.flyway.enabled} for a command's context: {@code false} when the database already exists
 * at the newest migration (Flyway then costs nothing), unset otherwise. The check runs on other threads while
 * the context starts; it is waited for only when the context asks, when its Flyway condition is evaluated.
 */
final class SchemaCheck extends PropertySource<ReadyDatabase> {

    private static final String FLYWAY_ENABLED = "spring.flyway.enabled";

    private Boolean current;

    SchemaCheck(ReadyDatabase ready) {
        super("corpusDeskSchemaCheck", ready);
    }

    @Override
    public synchronized Object getProperty(String name) {
        if (!FLYWAY_ENABLED.equals(name)) {
            return null;
        }
        if (current == null) {
            current = getSource().migrated() != null;
        }
        return current ? "false" : null;
    }
}

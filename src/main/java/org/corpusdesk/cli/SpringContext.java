package org.corpusdesk.cli;

import java.util.ArrayList;
import java.util.List;
import org.corpusdesk.Application;
import org.corpusdesk.DataDirectorySettings;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application context for a command, started on first use (so --help and usage errors need no
 * database) without the web server, and closed when the command ends.
 */
final class SpringContext {

    private static ConfigurableApplicationContext context;
    private static List<String> settings = List.of();

    /** Spring settings given on the command line, for the context the command will start. */
    static synchronized void settings(List<String> springSettings) {
        settings = List.copyOf(springSettings);
    }

    private SpringContext() {
    }

    static synchronized <T> T bean(DatabaseOptions options, Class<T> type) {
        if (context == null) {
            List<String> args = new ArrayList<>(settings);
            if (options.dataDir() != null) {
                args.add("--" + DataDirectorySettings.DATA_DIR + "=" + options.dataDir());
            }
            context = new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .properties("logging.level.root=WARN", "logging.level.org.flywaydb=ERROR",
                            "spring.main.banner-mode=off",
                            // the UI's auto-configuration needs a web server, which commands do not start
                            "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")
                    .run(args.toArray(String[]::new));
        }
        return context.getBean(type);
    }

    static synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}

package org.corpusdesk.cli;

import java.util.ArrayList;
import java.util.List;
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
    /** Held open while the context runs, so that the embedded database is not closed and opened again. */
    private static ReadyDatabase ready;
    private static List<String> settings = List.of();

    /** Spring settings given on the command line, for the context the command will start. */
    static synchronized void settings(List<String> springSettings) {
        settings = List.copyOf(springSettings);
    }

    static synchronized List<String> settings() {
        return settings;
    }

    private SpringContext() {
    }

    static synchronized <T> T bean(DatabaseOptions options, Class<T> type) {
        if (context == null) {
            List<String> args = new ArrayList<>(settings);
            if (options.dataDir() != null) {
                args.add("--" + DataDirectorySettings.DATA_DIR + "=" + options.dataDir());
            }
            JooqWarmUp.start();
            ready = ReadyDatabase.start(options.dataDir(), settings);
            // Boot warms up Jackson, Tomcat and message converters on a second thread; a command uses none of them
            System.setProperty("spring.backgroundpreinitializer.ignore", "true");
            context = new SpringApplicationBuilder(CommandConfiguration.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .lazyInitialization(true)
                    .initializers(context -> {
                        if (ready != null) {
                            context.getEnvironment().getPropertySources().addFirst(new SchemaCheck(ready));
                        }
                    })
                    .properties("logging.level.root=WARN", "logging.level.org.flywaydb=ERROR",
                            "spring.main.banner-mode=off")
                    .run(args.toArray(String[]::new));
        }
        return context.getBean(type);
    }

    static synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
        if (ready != null) {
            ready.close();
            ready = null;
        }
    }
}

package org.corpusdesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Points the datasource at the embedded H2 file database in the data directory, unless the user configured
 * a datasource URL of their own. The H2 admin and the read-only reporting account get random passwords,
 * created once and kept in {@code DIR/credentials.properties} (owner-only), because H2's AUTO_SERVER mode
 * (which lets the CLI run while the UI is serving) listens on a TCP port.
 */
public class DataDirectorySettings implements EnvironmentPostProcessor {

    public static final String DATA_DIR = "corpusdesk.data-dir";
    public static final String CREDENTIALS_FILE = "credentials.properties";
    public static final String DATABASE_FILE = "corpus-desk.mv.db";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path dir = embeddedDataDir(environment);
        if (dir == null) {
            return;
        }
        Properties credentials = credentials(dir);
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("corpus-desk")
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;TRACE_MAX_FILE_SIZE=1");
        props.put("spring.datasource.username", "corpusdesk");
        props.put("spring.datasource.password", credentials.getProperty("admin.password"));
        props.put("corpusdesk.reader.password", credentials.getProperty("reader.password"));
        environment.getPropertySources().addLast(new MapPropertySource("corpusDeskDataDirectory", props));
    }

    /**
     * The settings a start or a command was given, read without an application context from the places Spring Boot
     * reads by default: the {@code --name=value} settings, system properties, environment variables,
     * {@code application.properties} in ./config, . and the jar; {@code dataDir} (the {@code --data} option) when not
     * null. Null when Spring Boot would read more than that (profiles, YAML, other config locations): only the full
     * start can tell then.
     */
    public static ConfigurableEnvironment launchEnvironment(Path dataDir, List<String> springSettings) {
        StandardEnvironment env = new StandardEnvironment();
        var sources = env.getPropertySources();
        sources.addFirst(new SimpleCommandLinePropertySource(springSettings.toArray(String[]::new)));
        if (dataDir != null) {
            sources.addFirst(new MapPropertySource("dataOption", Map.of(DATA_DIR, dataDir.toString())));
        }
        try {
            for (String file : List.of("config/application.properties", "application.properties")) {
                if (Files.exists(Path.of(file))) {
                    sources.addLast(new ResourcePropertySource("file:" + file));
                }
            }
            sources.addLast(new ResourcePropertySource("classpath:application.properties"));
        } catch (IOException e) {
            return null;
        }
        for (String other : List.of("application.yml", "application.yaml", "config/application.yml", "config/application.yaml")) {
            if (Files.exists(Path.of(other))) {
                return null;
            }
        }
        for (String key : List.of("spring.config.location", "spring.config.additional-location", "spring.config.import",
                "spring.config.name", "spring.profiles.active", "spring.profiles.include")) {
            if (env.containsProperty(key)) {
                return null;
            }
        }
        return env;
    }

    /** The embedded database's folder in these settings, or null when a datasource URL of one's own is given. */
    public static Path embeddedDataDir(ConfigurableEnvironment env) {
        return env.containsProperty("spring.datasource.url") ? null
                : Path.of(env.getProperty(DATA_DIR, "./data")).toAbsolutePath().normalize();
    }

    /**
     * H2's automatic mixed mode opens a TCP port so that the command line can use the database while the UI runs:
     * it listens on the loopback interface only (it listened on every interface). Set before H2 is loaded.
     */
    public static void loopbackOnly() {
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /** The data folder holds the database, its credentials and H2's trace: owner-only, created or found. */
    static void ownerOnly(Path dir) throws IOException {
        try {
            if (!Files.exists(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else if (Files.getOwner(dir).getName().equals(System.getProperty("user.name"))) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (UnsupportedOperationException notPosix) {
            Files.createDirectories(dir); // Windows: the folder inherits its parent's ACL
        }
    }

    static Properties credentials(Path dir) {
        Path file = dir.resolve(CREDENTIALS_FILE);
        Properties props = new Properties();
        try {
            if (Files.exists(file)) {
                ownerOnly(dir);
                try (InputStream in = Files.newInputStream(file)) {
                    props.load(in);
                } catch (IllegalArgumentException malformed) {
                    throw new CredentialsProblem(file + " is damaged (" + malformed.getMessage() + "): restore it from the "
                            + "backup of this data folder; it holds the passwords of the database's accounts");
                }
                for (String key : new String[] {"admin.password", "reader.password"}) {
                    if (props.getProperty(key, "").isBlank()) {
                        throw new CredentialsProblem(file + " is damaged (no " + key + "): restore it from the backup of "
                                + "this data folder; it holds the passwords of the database's accounts");
                    }
                }
                return props;
            }
            if (Files.exists(dir.resolve(DATABASE_FILE))) {
                // new passwords would not open the existing database, and would hide which file is missing
                throw new CredentialsProblem(file + " is missing, but the database " + dir.resolve(DATABASE_FILE)
                        + " exists: put back the credentials.properties that was created with it (from the backup of "
                        + "this data folder); without it the database cannot be opened");
            }
            ownerOnly(dir);
            props.setProperty("admin.password", randomSecret());
            props.setProperty("reader.password", randomSecret());
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file inherits the folder's ACL
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                props.store(out, "Corpus Desk database accounts. Keep private; back up with the database.");
            }
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks the data folder a start or command would use, before anything opens it: the problem in one line,
     * or null. Only for the embedded database (no {@code spring.datasource.url} given).
     */
    public static String problem(Path dataDir) {
        try {
            if (Files.exists(dataDir.resolve(DATABASE_FILE)) || Files.exists(dataDir.resolve(CREDENTIALS_FILE))) {
                credentials(dataDir.toAbsolutePath().normalize());
            }
            return null;
        } catch (CredentialsProblem e) {
            return e.getMessage();
        }
    }

    /** The credentials file of a data folder cannot be used; the message says which file and what to do. */
    public static final class CredentialsProblem extends IllegalStateException {
        CredentialsProblem(String message) {
            super(message);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

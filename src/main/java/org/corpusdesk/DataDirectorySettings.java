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
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the datasource at the embedded H2 file database in the data directory, unless the user configured
 * a datasource URL of their own. The H2 admin and the read-only reporting account get random passwords,
 * created once and kept in {@code DIR/credentials.properties} (owner-only), because H2's AUTO_SERVER mode
 * (which lets the CLI run while the UI is serving) listens on a TCP port.
 */
public class DataDirectorySettings implements EnvironmentPostProcessor {

    public static final String DATA_DIR = "corpusdesk.data-dir";
    static final String CREDENTIALS_FILE = "credentials.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dir = Path.of(environment.getProperty(DATA_DIR, "./data")).toAbsolutePath().normalize();
        Properties credentials = credentials(dir);
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("corpus-desk") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
        props.put("spring.datasource.username", "corpusdesk");
        props.put("spring.datasource.password", credentials.getProperty("admin.password"));
        props.put("corpusdesk.reader.password", credentials.getProperty("reader.password"));
        environment.getPropertySources().addLast(new MapPropertySource("corpusDeskDataDirectory", props));
    }

    static Properties credentials(Path dir) {
        Path file = dir.resolve(CREDENTIALS_FILE);
        Properties props = new Properties();
        try {
            Files.createDirectories(dir);
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    props.load(in);
                }
                return props;
            }
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

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

package org.corpusdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusdesk.support.Cli.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corpusdesk.support.Cli.Run;
import org.corpusdesk.support.Seeds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder whose credentials file is missing or damaged: one line naming it, and nothing overwritten. */
class DataFolderTest {

    @TempDir
    Path data;

    Path credentials;

    @BeforeEach
    void anExistingDatabase() {
        assertThat(run("import", "--data", data.toString(), "--quiet", Seeds.folder().toString()).exit()).isZero();
        credentials = data.resolve("credentials.properties");
    }

    @Test
    void aMissingCredentialsFileIsNamedAndNeverReplacedBesideAnExistingDatabase() throws Exception {
        Files.delete(credentials);
        for (String command : new String[] {"sql", "users"}) {
            Run r = command.equals("sql") ? run("sql", "--data", data.toString(), "SELECT 1") : run("users", "list", "--data", data.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err().strip()).doesNotContain("\n")
                    .startsWith("error: " + credentials.toAbsolutePath().normalize() + " is missing, but the database")
                    .contains("put back the credentials.properties");
            assertThat(credentials).doesNotExist();
        }
        assertThat(LaunchArguments.dataFolderProblem(new String[] {"--corpusdesk.data-dir=" + data}))
                .as("the server says the same before it starts").contains("credentials.properties is missing");
    }

    @Test
    void aDamagedCredentialsFileIsNamedAndKept() throws Exception {
        Files.writeString(credentials, "admin.password=\nreader.password=abc\n");
        Run r = run("sql", "--data", data.toString(), "SELECT 1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(credentials.getFileName() + " is damaged (no admin.password)");
        assertThat(Files.readString(credentials)).isEqualTo("admin.password=\nreader.password=abc\n");
    }

    @Test
    void aHealthyFolderHasNoProblem() {
        assertThat(LaunchArguments.dataFolderProblem(new String[] {"--corpusdesk.data-dir=" + data})).isNull();
        assertThat(LaunchArguments.dataFolderProblem(new String[] {"--corpusdesk.data-dir=" + data.resolve("new")})).isNull();
    }

    @Test
    void theDataFolderIsOwnerOnly() throws Exception {
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .isEqualTo("rwx------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                .isEqualTo("rw-------");
    }

    /**
     * H2's mixed-mode port, which lets the command line in while the UI runs, listens on loopback only: a child
     * JVM runs a long query, and the lock file it writes names the address its server listens on.
     */
    @Test
    void theDatabasesPortListensOnLoopbackOnly() throws Exception {
        String javaBinary = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process child = new ProcessBuilder(javaBinary, "-cp", System.getProperty("java.class.path"), "org.corpusdesk.Application",
                "sql", "--data", data.toString(), "--timeout", "60",
                "SELECT count(*) FROM system_range(1, 100000) a, system_range(1, 100000) b WHERE a.x + b.x = 3")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path lock = data.resolve("corpus-desk.lock.db");
        try {
            java.util.Properties server = new java.util.Properties();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
                if (!Files.exists(lock)) {
                    return false;
                }
                try (var in = Files.newInputStream(lock)) {
                    server.clear();
                    server.load(in);
                } catch (java.io.IOException beingWritten) {
                    return false;
                }
                return server.getProperty("server") != null;
            });
            String address = server.getProperty("server");
            assertThat(address.substring(0, address.lastIndexOf(':'))).isIn("127.0.0.1", "localhost");
            int port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
            java.net.InetAddress other = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(n -> java.util.Collections.list(n.getInetAddresses()).stream())
                    .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address).findFirst().orElse(null);
            if (other != null) {
                try (java.net.Socket s = new java.net.Socket()) {
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.connect(new java.net.InetSocketAddress(other, port), 2_000))
                            .as("nothing listens on %s", other).isInstanceOf(java.io.IOException.class);
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }
}

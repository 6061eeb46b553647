package org.corpusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusdesk.support.Cli.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corpusdesk.cli.CorpusDeskCli.Launch;
import org.corpusdesk.launch.JavaVersionCheck;
import org.corpusdesk.shared.Sizes;
import org.corpusdesk.support.Cli.Run;
import org.corpusdesk.support.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the arguments start (a command, the server, or an error), the quick query path, settings and sizes. */
class LaunchAndSettingsTest {

    @TempDir
    Path data;

    @Test
    void aMistypedCommandNeverStartsTheServer() {
        assertThat(CorpusDeskCli.launch(new String[] {"imprt", "seeds"})).isEqualTo(Launch.UNKNOWN);
        assertThat(CorpusDeskCli.launch(new String[] {"bogus", "--help"})).isEqualTo(Launch.UNKNOWN);
        assertThat(CorpusDeskCli.launch(new String[] {"--data", "d", "imprt"})).isEqualTo(Launch.UNKNOWN);
        assertThat(CorpusDeskCli.launch(new String[] {"--verbose"})).isEqualTo(Launch.UNKNOWN);

        assertThat(CorpusDeskCli.launch(new String[] {})).isEqualTo(Launch.SERVER);
        assertThat(CorpusDeskCli.launch(new String[] {"--data", "d", "--server.port=9000"})).isEqualTo(Launch.SERVER);
        assertThat(CorpusDeskCli.launch(new String[] {"--data=d"})).isEqualTo(Launch.SERVER);

        assertThat(CorpusDeskCli.launch(new String[] {"import", "x"})).isEqualTo(Launch.COMMAND);
        assertThat(CorpusDeskCli.launch(new String[] {"--version"})).isEqualTo(Launch.COMMAND);
        assertThat(CorpusDeskCli.launch(new String[] {"--spring.datasource.url=jdbc:h2:mem:x", "sql", "SELECT 1"}))
                .isEqualTo(Launch.COMMAND);
    }

    @Test
    void anUnknownCommandExitsWithTwoAndListsTheCommands() {
        StringWriter err = new StringWriter();
        int exit = CorpusDeskCli.unknown(new String[] {"imprt", "seeds"}, new PrintWriter(err, true));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: unknown command or option 'imprt'")
                .contains("import", "export", "sql", "report", "migrate-db", "users", "benchmark");
    }

    @Test
    void versionIsPrintedWithoutADatabase() {
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("corpus-desk ");
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void anOldJavaGetsOneLineSayingWhatIsNeeded() {
        assertThat(JavaVersionCheck.feature("1.8")).isEqualTo(8);
        assertThat(JavaVersionCheck.feature("17")).isEqualTo(17);
        assertThat(JavaVersionCheck.feature("21.0.2")).isEqualTo(21);
        String message = JavaVersionCheck.message(17, "/usr/lib/jvm/java-17");
        assertThat(message).doesNotContain("\n").contains("Java 21 or newer", "this is Java 17", "JAVA_HOME");
    }

    @Test
    void sqlOnAMigratedDatabaseNeedsNoApplicationContextAndAnswersTheSame() {
        assertThat(QuickQueries.open(data, List.of())).as("no database yet: the full start creates it").isEmpty();
        assertThat(run("import", "--data", data.toString(), "--quiet", Seeds.folder().toString()).exit()).isZero();

        try (QuickQueries quick = QuickQueries.open(data, List.of()).orElseThrow()) {
            assertThat(quick.runner().defaultMaxRows()).isEqualTo(10_000);
        }
        Run quick = run("sql", "--data", data.toString(), "--format", "csv", "SELECT count(*) AS n FROM v_article");
        assertThat(quick.out()).isEqualTo("N\n5\n");
        Run report = run("report", "--data", data.toString(), "--format", "csv", "progress_by_status");
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("NEW").contains("5");
    }

    @Test
    void theQuickPathKnowsTheNewestMigration() throws Exception {
        int newest;
        try (Stream<Path> files = Files.list(Path.of("db-migrations"))) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(ReadyDatabase.latestMigration()).isEqualTo(newest);
    }

    @Test
    void aSettingOutOfRangeStopsTheCommandNamingIt() {
        assertThat(run("import", "--data", data.toString(), "--quiet", Seeds.folder().toString()).exit()).isZero();
        Run r = run("sql", "--data", data.toString(), "--corpusdesk.sql.max-rows=0", "SELECT 1");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("corpusdesk.sql.max-rows must be at least 1, not 0").doesNotContain("\tat ");
    }

    @Test
    void sizesMeanTheSameInOptionsSettingsAndMessages() throws Exception {
        assertThat(Sizes.parse("20MB")).isEqualTo(20 * 1024 * 1024);
        assertThat(Sizes.parse("512kb")).isEqualTo(512 * 1024);
        assertThat(Sizes.parse("100")).isEqualTo(100);
        assertThat(Sizes.format(20 * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(Sizes.format(15 * 1024 + 512)).isEqualTo("15.5 KB");
        assertThat(Sizes.format(2_000)).isEqualTo("2,000 bytes");

        Path big = data.resolve("big.txt");
        Files.writeString(big, "A headline\n\n" + "word ".repeat(600));
        Run r = run("import", "--data", data.resolve("db").toString(), "--max-file-size", "2KB", big.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("file is 3,012 bytes, larger than the 2,048 bytes limit");
        Run bad = run("import", "--data", data.resolve("db").toString(), "--max-file-size", "lots", big.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("Invalid size 'lots'");
    }
}

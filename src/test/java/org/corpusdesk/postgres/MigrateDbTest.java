package org.corpusdesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpusdesk.support.Cli;
import org.corpusdesk.support.Postgres;
import org.corpusdesk.support.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** migrate-db copies an H2 data folder into an empty PostgreSQL, verifies every table, and the copy works on. */
class MigrateDbTest {

    @TempDir Path tmp;

    static String[] on(String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(Postgres.args(url));
        return all.toArray(String[]::new);
    }

    static Path bratFolder(Path dir, String name, String text, String ann) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".txt"), text);
        Files.writeString(dir.resolve(name + ".ann"), ann);
        return dir;
    }

    @Test
    void everythingIsCopiedVerifiedAndTheCopyKeepsWorking() throws Exception {
        String data = tmp.resolve("h2").toString();
        assertThat(Cli.run("import", "-q", "--data", data, Seeds.folder().toString()).exit()).isZero();
        assertThat(Cli.runWithInput("long password 1\n", "users", "add", "--data", data, "--name", "mover", "--role", "CURATOR",
                "--password-stdin").exit()).isZero();
        Path brat = bratFolder(tmp.resolve("brat"), "a", "🙂 The ministry said 40 tanks were hit.",
                "T1\tSOURCE 2 14\tThe ministry\nT2\tCLAIM 20 37\t40 tanks were hit\nR1\tAttribution Arg1:T2 Arg2:T1\n"
                        + "#1\tAnnotatorNotes T2\tclaim_type=military_loss; figure=40; figure_unit=tanks\n");
        assertThat(Cli.run("import", "--data", data, brat.toString()).exit()).isZero();
        assertThat(Cli.run("export", "--data", data, "--status", "all", "--out", tmp.resolve("x").toString()).exit()).isZero();
        assertThat(Cli.run("report", "--data", data, "label_distribution").exit()).isZero();

        String pg = Postgres.newDatabase();
        Cli.Run moved = Cli.runWithInput("postgres\n", "migrate-db", "--data", data, "--to", pg, "--to-user", Postgres.USER,
                "--to-password-stdin");
        assertThat(moved.exit()).as(moved.out() + moved.err()).isZero();
        assertThat(moved.out()).contains("All tables copied and verified").doesNotContain("DIFFERS");
        assertThat(moved.out()).containsPattern("annotation\\s+2\\s+2").containsPattern("audit_event\\s+\\d+");

        String query = "SELECT label, text, annotator, figure FROM v_annotation ORDER BY id";
        assertThat(Cli.run(on(pg, "sql", "--format", "csv", query)).out().toLowerCase())
                .isEqualTo(Cli.run("sql", "--data", data, "--format", "csv", query).out().toLowerCase());
        Cli.Run more = Cli.run(on(pg, "import", bratFolder(tmp.resolve("brat2"), "b", "Another text about 7 drones.",
                "T1\tCLAIM 19 27\t7 drones\n").toString()));
        assertThat(more.exit()).as("identities continue above the copied ids: " + more.err()).isZero();
        assertThat(Cli.run(on(pg, "sql", "SELECT COUNT(*) FROM v_annotation")).out()).contains("3");

        Cli.Run again = Cli.runWithInput("postgres\n", "migrate-db", "--data", data, "--to", pg, "--to-user", Postgres.USER,
                "--to-password-stdin");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("already holds data");
    }
}

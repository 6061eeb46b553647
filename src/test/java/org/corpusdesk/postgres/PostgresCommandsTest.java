package org.corpusdesk.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corpusdesk.support.Cli;
import org.corpusdesk.support.Postgres;
import org.corpusdesk.support.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command on a real PostgreSQL, side by side with the embedded H2: the same seeds give the same query
 * answers and byte-identical dataset exports, the read-only account refuses the same things, and an export
 * moves between the two databases unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresCommandsTest {

    @TempDir static Path tmp;
    String pg;
    Path h2;

    static String[] on(String url, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(Postgres.args(url));
        return all.toArray(String[]::new);
    }

    @BeforeAll
    void importTheSeedsIntoBoth() {
        pg = Postgres.newDatabase();
        h2 = tmp.resolve("h2");
        Cli.Run intoPg = Cli.run(on(pg, "import", "-q", Seeds.folder().toString()));
        assertThat(intoPg.exit()).as(intoPg.err()).isZero();
        Cli.Run intoH2 = Cli.run("import", "-q", "--data", h2.toString(), Seeds.folder().toString());
        assertThat(intoH2.exit()).as(intoH2.err()).isZero();
        assertThat(intoPg.out().replaceAll("\\(.*", "")).isEqualTo(intoH2.out().replaceAll("\\(.*", ""));
    }

    @Test
    void queriesAnswerAlikeAndTheReadOnlyAccountRefusesTheSameThings() {
        String query = "SELECT id, title, outlet, language, story_cluster, clean_chars, content_hash FROM v_article ORDER BY id";
        Cli.Run onPg = Cli.run(on(pg, "sql", "--format", "csv", query));
        assertThat(onPg.exit()).as(onPg.err()).isZero();
        assertThat(onPg.out().toLowerCase()).isEqualTo(Cli.run("sql", "--data", h2.toString(), "--format", "csv", query).out().toLowerCase());
        assertThat(onPg.out().lines().count()).isGreaterThan(3);
        for (String refused : List.of("DELETE FROM v_article", "SELECT * FROM app_user", "SELECT pg_read_file('/etc/passwd')",
                "CREATE TABLE x (id INT)", "SELECT 1; SELECT 2")) {
            Cli.Run r = Cli.run(on(pg, "sql", refused));
            assertThat(r.exit()).as(refused).isEqualTo(2);
            assertThat(r.err()).as(refused).containsAnyOf("not allowed", "only queries", "one statement");
        }
        Cli.Run slow = Cli.run(on(pg, "sql", "--timeout", "1", "SELECT pg_sleep(3)"));
        assertThat(slow.exit()).isEqualTo(2);
        assertThat(slow.err()).containsAnyOf("timeout", "not allowed");
    }

    @Test
    void reportsAndUsersRunOnPostgres() {
        Cli.Run list = Cli.run(on(pg, "report", "--list"));
        assertThat(list.exit()).isZero();
        for (String line : list.out().lines().toList()) {
            String name = line.split("\t")[0];
            Cli.Run r = Cli.run(on(pg, "report", name, "--format", "csv"));
            assertThat(r.exit()).as(name + ": " + r.err()).isZero();
            assertThat(r.out().toLowerCase()).as(name)
                    .isEqualTo(Cli.run("report", "--data", h2.toString(), name, "--format", "csv").out().toLowerCase());
        }
        Cli.Run added = Cli.runWithInput("pg password 123\n", on(pg, "users", "add", "--name", "pg-editor", "--role", "EDITOR",
                "--password-stdin"));
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(Cli.run(on(pg, "users", "list")).out()).contains("pg-editor");
    }

    @Test
    void exportsAreByteIdenticalAcrossDatabasesAndMoveBetweenThem() throws Exception {
        Path fromPg = tmp.resolve("from-pg");
        Path fromH2 = tmp.resolve("from-h2");
        assertThat(Cli.run(on(pg, "export", "--status", "all", "--split", "60/20/20", "--out", fromPg.toString())).exit()).isZero();
        assertThat(Cli.run("export", "--data", h2.toString(), "--status", "all", "--split", "60/20/20", "--out", fromH2.toString())
                .exit()).isZero();
        for (String file : List.of("train.jsonl", "validation.jsonl", "test.jsonl", "sources.jsonl", "claims.jsonl")) {
            assertThat(Files.readAllBytes(fromPg.resolve(file))).as(file).isEqualTo(Files.readAllBytes(fromH2.resolve(file)));
        }
        String empty = Postgres.newDatabase();
        Cli.Run in = Cli.run(on(empty, "import", fromH2.toString()));
        assertThat(in.exit()).as(in.err()).isZero();
        Path again = tmp.resolve("again");
        assertThat(Cli.run(on(empty, "export", "--status", "all", "--split", "60/20/20", "--out", again.toString())).exit()).isZero();
        for (String file : List.of("train.jsonl", "validation.jsonl", "test.jsonl")) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(Files.readAllBytes(fromH2.resolve(file)));
        }
    }
}

package org.corpusdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.corpusdesk.ingest.ImportListener;
import org.corpusdesk.ingest.ImportOptions;
import org.corpusdesk.ingest.ImportService;
import org.corpusdesk.support.Seeds;
import org.corpusdesk.support.ServiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The read-only guard is the database's: every way to write, run code, touch files or change settings fails. */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:readonly;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyQueryRunnerTest {

    @Autowired
    ReadOnlyQueryRunner runner;
    @Autowired
    ImportService importService;
    @Autowired
    org.jooq.DSLContext dsl;

    @BeforeAll
    void importSeeds() {
        importService.importPaths(List.of(Seeds.folder()), ImportOptions.cli(null), ImportListener.NONE);
    }

    @Test
    void selectsOverTheViewsWork() throws Exception {
        QueryResult r = runner.run("SELECT count(*) AS n FROM v_article;");
        assertThat(r.columns()).containsExactly("N");
        assertThat(r.rows()).containsExactly(List.of(5L));
        assertThat(runner.run("WITH t AS (SELECT outlet FROM v_article) SELECT * FROM t").rows()).hasSize(5);
        assertThat(runner.run("SELECT name FROM label ORDER BY sort_order").rows()).hasSize(3);
    }

    @Test
    void theRowCapCutsAndSaysSo() throws Exception {
        QueryResult r = runner.run("SELECT id FROM v_article", Duration.ofSeconds(5), 2);
        assertThat(r.rows()).hasSize(2);
        assertThat(r.truncated()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "INSERT INTO article (id) VALUES (1)",
        "UPDATE article SET title = 'x'",
        "DELETE FROM v_article",
        "DROP TABLE article",
        "CREATE TABLE x (id INT)",
        "CREATE ALIAS shell FOR 'java.lang.Runtime.getRuntime'",
        "SELECT FILE_READ('/etc/passwd')",
        "SELECT * FROM CSVREAD('/etc/passwd')",
        "CALL CSVWRITE('/tmp/corpus-desk-leak.csv', 'SELECT * FROM v_article')",
        "RUNSCRIPT FROM '/tmp/x.sql'",
        "SCRIPT TO '/tmp/corpus-desk-dump.sql'",
        "SELECT * FROM LINK_SCHEMA('x', '', 'jdbc:h2:mem:other', 'sa', '', 'PUBLIC')",
        "CREATE LINKED TABLE lt('', 'jdbc:h2:mem:other', 'sa', '', 'T')",
        "SET QUERY_TIMEOUT 0",
        "SET MAX_MEMORY_ROWS 1",
        "SELECT * FROM app_user",
        "SELECT password_hash FROM app_user",
        "SELECT raw_text FROM article",
        "SELECT 1; DROP TABLE article",
        "SELECT 1; SELECT 2",
        "SELECT * FROM label FOR UPDATE",
        "SELECT name FROM v_label /* a comment */ FOR\n SHARE",
        "SELECT NEXT VALUE FOR article_id_seq",
        "SELECT LENGTH(REPEAT('x', 900000000))",
        "SELECT LENGTH(rpad('', 900000000, 'x')) FROM v_label",
        "SELECT nextval('article_id_seq')",
        "GRANT SELECT ON article TO PUBLIC",
        "SHUTDOWN"})
    void writesCodeFilesLinksAndSettingsAreRefused(String sql) {
        assertThatThrownBy(() -> runner.run(sql))
                .isInstanceOf(QueryRejectedException.class)
                .hasMessageMatching("(?s)(not allowed|only queries|one statement|SQL error).*");
    }

    /** H2 reads "//" as a line comment: a quote after it opens no string, so the ";" ends a statement. */
    @Test
    void aSecondStatementBehindALineCommentIsRefused() {
        assertThatThrownBy(() -> runner.run("SELECT 1 AS a // '\n; SELECT count(*) FROM v_label"))
                .isInstanceOf(QueryRejectedException.class).hasMessageStartingWith("one statement at a time");
        assertThatThrownBy(() -> runner.run("SELECT 1 AS a -- '\n; SELECT count(*) FROM v_label"))
                .isInstanceOf(QueryRejectedException.class).hasMessageStartingWith("one statement at a time");
    }

    /** A sequence advanced by a query would stay advanced after the rollback; the text is refused before it runs. */
    @Test
    void aSequenceIsNotAdvancedAndRowsAreNotLocked() throws Exception {
        String current = "SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = 'ARTICLE_ID_SEQ'";
        Object before = dsl.fetchValue(current);
        assertThatThrownBy(() -> runner.run("SELECT NEXT VALUE FOR article_id_seq"))
                .isInstanceOf(QueryRejectedException.class).hasMessageContaining("sequence");
        assertThat(dsl.fetchValue(current)).isEqualTo(before);
        assertThatThrownBy(() -> runner.run("SELECT * FROM label FOR UPDATE"))
                .isInstanceOf(QueryRejectedException.class).hasMessageContaining("lock rows");
        assertThat(runner.run("SELECT 'for update' AS x, 'next value for' AS y FROM v_label WHERE name = 'SOURCE'").rows())
                .containsExactly(List.of("for update", "next value for"));
    }

    @Test
    void aSemicolonInsideAStringIsNoSecondStatement() throws Exception {
        assertThat(runner.run("SELECT 'a;b' AS s FROM v_label WHERE name = 'SOURCE' -- ; DROP").rows())
                .containsExactly(List.of("a;b"));
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeout() {
        String slow = "SELECT count(*) FROM system_range(1, 100000) a, system_range(1, 100000) b WHERE a.x + b.x = 3";
        long start = System.nanoTime();
        assertThatThrownBy(() -> runner.run(slow, Duration.ofSeconds(1), 10))
                .hasMessageContaining("1 s timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void syntaxErrorsSaySo() {
        assertThatThrownBy(() -> runner.run("SELEC nothing")).hasMessageStartingWith("SQL error");
    }
}

package org.corpusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corpusdesk.support.Cli.run;
import static org.corpusdesk.support.Cli.runWithInput;

import java.nio.file.Path;
import org.corpusdesk.support.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code users add|list|disable|enable|role|password} as a set-up script would call them. */
class UsersCommandTest {

    @TempDir
    Path data;

    @Test
    void scriptedSetUpOfUsersIsAuditedUnderTheCommandLineActor() {
        Run added = runWithInput("first admin pass\n", "users", "add", "--data", data.toString(), "--name", "ada",
                "--role", "ADMIN", "--password-stdin");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).isEqualTo("Added ada (ADMIN)\n");
        assertThat(runWithInput("editor password\n", "users", "add", "--data", data.toString(), "--name", "ed",
                "--role", "editor", "--password-stdin").exit()).isZero();

        Run list = run("users", "list", "--data", data.toString());
        assertThat(list.out()).isEqualTo("ada\tADMIN\tactive\tnever\ned\tEDITOR\tactive\tnever\n");

        assertThat(run("users", "disable", "--data", data.toString(), "ed").out()).isEqualTo("Disabled ed\n");
        assertThat(run("users", "list", "--data", data.toString()).out()).contains("ed\tEDITOR\tdisabled");
        assertThat(run("users", "role", "--data", data.toString(), "ed", "CURATOR").exit()).isZero();

        Run audit = run("sql", "--data", data.toString(), "--format", "csv",
                "SELECT actor, action, entity_type FROM v_audit ORDER BY id");
        String actor = "cli:" + System.getProperty("user.name");
        assertThat(audit.out()).isEqualTo("ACTOR,ACTION,ENTITY_TYPE\n" + actor + ",CREATE,user\n" + actor
                + ",CREATE,user\n" + actor + ",UPDATE,user\n" + actor + ",UPDATE,user\n");
    }

    @Test
    void badRequestsSayWhatIsWrongAndExitWithTwo() {
        Run shortPassword = runWithInput("short\n", "users", "add", "--data", data.toString(), "--name", "bob",
                "--role", "EDITOR", "--password-stdin");
        assertThat(shortPassword.exit()).isEqualTo(2);
        assertThat(shortPassword.err()).isEqualTo("error: password: at least 10 characters\n");

        Run noPassword = runWithInput("", "users", "add", "--data", data.toString(), "--name", "bob",
                "--role", "EDITOR", "--password-stdin");
        assertThat(noPassword.err()).contains("no password on standard input");

        Run unknown = run("users", "disable", "--data", data.toString(), "nobody");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: no user named 'nobody'\n");

        Run badRole = runWithInput("long enough pw\n", "users", "add", "--data", data.toString(), "--name", "bob",
                "--role", "BOSS", "--password-stdin");
        assertThat(badRole.exit()).isEqualTo(2);
        assertThat(badRole.err()).contains("Invalid value for option '--role'");
    }
}

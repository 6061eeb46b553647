package org.corpusdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserProblem;
import org.corpusdesk.user.UserService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * User accounts for scripted set-ups. Runs as an administrator named "cli:OSUSER": whoever can run the jar on
 * the data folder owns the database files anyway. Every change is in the audit trail under that name.
 */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Add, list, disable and enable users.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class,
            UsersCommand.Enable.class, UsersCommand.SetRole.class, UsersCommand.SetPassword.class})
public class UsersCommand {

    static int asAdministrator(PrintWriter err, Supplier<Integer> action) {
        try {
            return CurrentUser.runAsAdministrator(CurrentUser.commandLineActor(), action);
        } catch (UserProblem problem) {
            err.println("error: " + problem.getMessage());
            return CliExit.REJECTED;
        }
    }

    static String readPassword() {
        try {
            String line = CorpusDeskCli.firstInputLine();
            if (line == null) {
                throw new UserProblem("--password-stdin: no password on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new UserProblem("--password-stdin: " + e.getMessage());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create a user; the password is read from standard input.")
    static class Add implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        @Option(names = "--name", required = true, description = "user name (letters, digits, . _ @ -)")
        String name;
        @Option(names = "--display-name", description = "full name shown in the UI")
        String displayName;
        @Option(names = "--role", required = true, description = "ADMIN, CURATOR or EDITOR")
        Role role;
        @Option(names = "--password-stdin", required = true, description = "read the password from the first line of standard input")
        boolean passwordStdin;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            return asAdministrator(err, () -> {
                String password = readPassword();
                AppUser user = database.bean(UserService.class).add(name, displayName, role, password);
                spec.commandLine().getOut().println("Added " + user.username() + " (" + user.role() + ")");
                return CliExit.OK;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One user per line: name, role, state, last sign-in.")
    static class ListUsers implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            return asAdministrator(spec.commandLine().getErr(), () -> {
                DateTimeFormatter when = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
                for (AppUser u : database.bean(UserService.class).list()) {
                    out.printf("%s\t%s\t%s\t%s%n", u.username(), u.role(), u.enabled() ? "active" : "disabled",
                            u.lastLoginAt() == null ? "never" : when.format(u.lastLoginAt()));
                }
                out.flush();
                return CliExit.OK;
            });
        }
    }

    /** disable and enable: the same command with the opposite flag. */
    abstract static class SetEnabled implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        @Parameters(paramLabel = "NAME")
        String name;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        abstract boolean enabled();

        @Override
        public Integer call() {
            return asAdministrator(spec.commandLine().getErr(), () -> {
                database.bean(UserService.class).setEnabled(name, enabled());
                spec.commandLine().getOut().println((enabled() ? "Enabled " : "Disabled ") + name);
                return CliExit.OK;
            });
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stop a user from signing in (their work stays).")
    static class Disable extends SetEnabled {
        @Override
        boolean enabled() {
            return false;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Let a disabled user sign in again.")
    static class Enable extends SetEnabled {
        @Override
        boolean enabled() {
            return true;
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Change a user's role.")
    static class SetRole implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Parameters(index = "1", paramLabel = "ROLE", description = "ADMIN, CURATOR or EDITOR")
        Role role;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return asAdministrator(spec.commandLine().getErr(), () -> {
                database.bean(UserService.class).changeRole(name, role);
                spec.commandLine().getOut().println(name + " is now " + role);
                return CliExit.OK;
            });
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = "Set a new password, read from standard input.")
    static class SetPassword implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--password-stdin", required = true, description = "read the password from the first line of standard input")
        boolean passwordStdin;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return asAdministrator(spec.commandLine().getErr(), () -> {
                database.bean(UserService.class).resetPassword(name, readPassword());
                spec.commandLine().getOut().println("Password of " + name + " changed");
                return CliExit.OK;
            });
        }
    }
}

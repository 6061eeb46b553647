package org.corpusdesk.user;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts. Users are disabled, never deleted: their annotations and revisions keep pointing at them.
 * Every change writes an audit event (passwords appear only as "changed").
 */
@Service
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,59}");

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    public UserService(UserRepository users, PasswordEncoder passwords, AuditLog audit, CurrentUser currentUser) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** True until the first account exists: the one-time setup page is open only then. */
    public boolean setupNeeded() {
        return !users.anyExists();
    }

    /** Creates the first administrator; refused once any user exists, so the setup page cannot be replayed. */
    @Transactional
    public AppUser createFirstAdmin(String username, String displayName, String password) {
        if (users.anyExists()) {
            throw new UserProblem("setup is already done: sign in, or ask an administrator for an account");
        }
        validate(username, password);
        if (!users.claimFirstRun()) { // another setup at the same moment got there first
            throw new UserProblem("setup is already done: sign in, or ask an administrator for an account");
        }
        long id = users.insert(username.strip(), blankToNull(displayName), Role.ADMIN, passwords.encode(password));
        AppUser created = users.find(id).orElseThrow();
        CurrentUser.runAs(new Actor(id, created.username(), Role.ADMIN), () -> {
            audit.record(AuditAction.CREATE, "user", id, null, snapshot(created));
            return null;
        });
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser add(String username, String displayName, Role role, String password) {
        validate(username, password);
        if (users.usernameTaken(username.strip())) {
            throw new UserProblem("a user named '" + username.strip() + "' already exists");
        }
        long id = users.insert(username.strip(), blankToNull(displayName), role, passwords.encode(password));
        AppUser created = users.find(id).orElseThrow();
        audit.record(AuditAction.CREATE, "user", id, null, snapshot(created));
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AppUser> list() {
        return users.all();
    }

    /** Enabled users who can be assigned work (editors and curators): for curators' assignment menus. */
    @PreAuthorize("hasRole('CURATOR')")
    public List<AppUser> assignable() {
        return users.all().stream().filter(AppUser::enabled).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser setEnabled(String username, boolean enabled) {
        AppUser before = require(username);
        if (!enabled && currentUser.actor().id() != null && currentUser.actor().id() == before.id()) {
            throw new UserProblem("you cannot disable your own account");
        }
        users.setEnabled(before.id(), enabled);
        AppUser after = users.find(before.id()).orElseThrow();
        audit.record(AuditAction.UPDATE, "user", before.id(), snapshot(before), snapshot(after));
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AppUser changeRole(String username, Role role) {
        AppUser before = require(username);
        if (before.role() == Role.ADMIN && role != Role.ADMIN
                && users.withRole(Role.ADMIN).stream().filter(u -> u.id() != before.id()).findAny().isEmpty()) {
            throw new UserProblem("'" + username + "' is the last enabled administrator");
        }
        users.setRole(before.id(), role);
        AppUser after = users.find(before.id()).orElseThrow();
        audit.record(AuditAction.UPDATE, "user", before.id(), snapshot(before), snapshot(after));
        return after;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(String username, String password) {
        AppUser user = require(username);
        checkPassword(password);
        users.setPasswordHash(user.id(), passwords.encode(password));
        audit.record(AuditAction.UPDATE, "user", user.id(), Map.of("password", "(old)"), Map.of("password", "changed"));
    }

    private AppUser require(String username) {
        return users.find(username == null ? "" : username.strip())
                .orElseThrow(() -> new UserProblem("no user named '" + username + "'"));
    }

    private static void validate(String username, String password) {
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            throw new UserProblem("user name: 2 to 60 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        checkPassword(password);
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserProblem("password: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 72) {
            throw new UserProblem("password: at most 72 characters (bcrypt ignores the rest)");
        }
    }

    private static Map<String, Object> snapshot(AppUser u) {
        return Map.of("username", u.username(), "displayName", u.displayName() == null ? "" : u.displayName(),
                "role", u.role().name(), "enabled", u.enabled());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

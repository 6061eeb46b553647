package org.corpusdesk.user;

import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.FIRST_RUN;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.corpusdesk.jooq.tables.records.AppUserRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private final DSLContext dsl;

    public UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Claims the one-time setup (V20): true for exactly one caller over the database's life, whoever else tries
     * at the same moment; the claim is undone if the caller's transaction rolls back.
     */
    public boolean claimFirstRun() {
        try {
            return dsl.insertInto(FIRST_RUN).set(FIRST_RUN.ID, 1).onDuplicateKeyIgnore().execute() == 1;
        } catch (org.springframework.dao.DataIntegrityViolationException | org.springframework.dao.ConcurrencyFailureException lost) {
            return false;
        }
    }

    /** Whether any person has an account (the gold layer's system user is none). */
    public boolean anyExists() {
        return dsl.fetchExists(APP_USER, APP_USER.GOLD_LAYER.isFalse());
    }

    /** A person's account by name; the gold layer's system user is not one (it cannot sign in or be changed). */
    public Optional<AppUserRecord> findRecord(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).and(APP_USER.GOLD_LAYER.isFalse()).fetchOptional();
    }

    /** Whether the name is taken, by a person or the gold layer. */
    public boolean usernameTaken(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    /** The id of the gold layer's system user, whose spans are the curated layer (V28); it never changes. */
    public long goldLayerId() {
        Long id = goldLayerId;
        if (id == null) {
            id = dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.GOLD_LAYER).fetchSingle(APP_USER.ID);
            goldLayerId = id;
        }
        return id;
    }

    private volatile Long goldLayerId;

    public Optional<AppUser> find(String username) {
        return findRecord(username).map(UserRepository::toUser);
    }

    public Optional<AppUser> find(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional().map(UserRepository::toUser);
    }

    public List<AppUser> all() {
        return dsl.selectFrom(APP_USER).where(APP_USER.GOLD_LAYER.isFalse()).orderBy(APP_USER.USERNAME)
                .fetch(UserRepository::toUser);
    }

    public List<AppUser> withRole(Role role) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ROLE.eq(role.name()).and(APP_USER.ENABLED)).and(APP_USER.GOLD_LAYER.isFalse())
                .orderBy(APP_USER.USERNAME).fetch(UserRepository::toUser);
    }

    public long insert(String username, String displayName, Role role, String passwordHash) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ENABLED, true)
                .returning(APP_USER.ID)
                .fetchSingle().getId();
    }

    public void setEnabled(long id, boolean enabled) {
        dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).execute();
    }

    public void setRole(long id, Role role) {
        dsl.update(APP_USER).set(APP_USER.ROLE, role.name()).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).execute();
    }

    public void setPasswordHash(long id, String hash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, hash).set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).execute();
    }

    /** Counts a failed login; from the threshold on, locks the account until the given time. */
    /**
     * Counts a sign-in attempt before its password is checked, in one statement (so parallel attempts cannot all
     * pass): true when the attempt may go on; false when the account is locked or already has {@code threshold}
     * attempts that did not succeed, and then the lock starts (if it had not).
     */
    public boolean admitAttempt(String username, int threshold, OffsetDateTime now, OffsetDateTime lockUntil) {
        var notLocked = APP_USER.LOCKED_UNTIL.isNull().or(APP_USER.LOCKED_UNTIL.le(now));
        int admitted = dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, DSL.when(APP_USER.LOCKED_UNTIL.le(now), DSL.inline(1))
                        .otherwise(APP_USER.FAILED_LOGINS.plus(1)))
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.USERNAME.eq(username).and(notLocked)
                        .and(APP_USER.FAILED_LOGINS.lt(threshold).or(APP_USER.LOCKED_UNTIL.le(now))))
                .execute();
        if (admitted == 1) {
            return true;
        }
        dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, lockUntil).set(APP_USER.FAILED_LOGINS, 0)
                .where(APP_USER.USERNAME.eq(username).and(notLocked)).execute();
        return false;
    }

    /** A wrong password (the attempt was counted when admitted): the {@code threshold}th in a row starts the lock. */
    public void recordFailure(String username, int threshold, OffsetDateTime lockUntil) {
        dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, lockUntil).set(APP_USER.FAILED_LOGINS, 0)
                .where(APP_USER.USERNAME.eq(username).and(APP_USER.FAILED_LOGINS.ge(threshold))).execute();
    }

    public void recordSuccess(String username, OffsetDateTime at) {
        dsl.update(APP_USER).set(APP_USER.FAILED_LOGINS, 0).setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.LAST_LOGIN_AT, at).where(APP_USER.USERNAME.eq(username)).execute();
    }

    static AppUser toUser(AppUserRecord r) {
        return new AppUser(r.getId(), r.getUsername(), r.getDisplayName(), Role.valueOf(r.getRole()), r.getEnabled(),
                r.getFailedLogins(), r.getLockedUntil(), r.getLastLoginAt(), r.getCreatedAt());
    }
}

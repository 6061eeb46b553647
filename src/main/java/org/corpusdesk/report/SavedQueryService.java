package org.corpusdesk.report;

import static org.corpusdesk.jooq.Tables.APP_USER;
import static org.corpusdesk.jooq.Tables.SAVED_QUERY;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.corpusdesk.audit.AuditAction;
import org.corpusdesk.audit.AuditLog;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;
import org.jooq.DSLContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saved SQL console queries: a user's own and those others shared. Saving under an existing name replaces it. */
@Service
public class SavedQueryService {

    private final DSLContext dsl;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    public SavedQueryService(DSLContext dsl, AuditLog audit, CurrentUser currentUser) {
        this.dsl = dsl;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('CURATOR')")
    @Transactional(readOnly = true)
    public List<SavedQuery> visible() {
        long me = currentUser.id();
        return dsl.select(SAVED_QUERY.ID, SAVED_QUERY.NAME, SAVED_QUERY.SQL_TEXT, APP_USER.USERNAME, SAVED_QUERY.SHARED,
                        SAVED_QUERY.OWNER_ID)
                .from(SAVED_QUERY).join(APP_USER).on(APP_USER.ID.eq(SAVED_QUERY.OWNER_ID))
                .where(SAVED_QUERY.OWNER_ID.eq(me).or(SAVED_QUERY.SHARED.isTrue()))
                .orderBy(SAVED_QUERY.NAME, APP_USER.USERNAME)
                .fetch(r -> new SavedQuery(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6() == me));
    }

    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public SavedQuery save(String name, String sql, boolean shared) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: give the query a name");
        }
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("sql: nothing to save");
        }
        long me = currentUser.id();
        String n = name.strip();
        Long existing = dsl.select(SAVED_QUERY.ID).from(SAVED_QUERY)
                .where(SAVED_QUERY.OWNER_ID.eq(me)).and(SAVED_QUERY.NAME.eq(n)).fetchOne(SAVED_QUERY.ID);
        long id;
        if (existing == null) {
            id = dsl.insertInto(SAVED_QUERY).set(SAVED_QUERY.NAME, n).set(SAVED_QUERY.SQL_TEXT, sql)
                    .set(SAVED_QUERY.OWNER_ID, me).set(SAVED_QUERY.SHARED, shared)
                    .returning(SAVED_QUERY.ID).fetchOne().getId();
        } else {
            id = existing;
            dsl.update(SAVED_QUERY).set(SAVED_QUERY.SQL_TEXT, sql).set(SAVED_QUERY.SHARED, shared)
                    .set(SAVED_QUERY.UPDATED_AT, OffsetDateTime.now()).where(SAVED_QUERY.ID.eq(id)).execute();
        }
        audit.record(existing == null ? AuditAction.CREATE : AuditAction.UPDATE, "saved_query", id, null,
                Map.of("name", n, "sql", sql, "shared", shared));
        return new SavedQuery(id, n, sql, currentUser.actor().name(), shared, true);
    }

    /** Deletes one's own query; an admin may delete anyone's. */
    @PreAuthorize("hasRole('CURATOR')")
    @Transactional
    public void delete(long id) {
        var q = dsl.selectFrom(SAVED_QUERY).where(SAVED_QUERY.ID.eq(id)).fetchOne();
        if (q == null) {
            return;
        }
        if (q.getOwnerId() != currentUser.id() && !currentUser.has(Role.ADMIN)) {
            throw new AccessDeniedException("this saved query belongs to someone else");
        }
        dsl.deleteFrom(SAVED_QUERY).where(SAVED_QUERY.ID.eq(id)).execute();
        audit.record(AuditAction.DELETE, "saved_query", id, Map.of("name", q.getName(), "sql", q.getSqlText()), null);
    }
}

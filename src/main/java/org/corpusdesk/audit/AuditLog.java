package org.corpusdesk.audit;

import static org.corpusdesk.jooq.Tables.AUDIT_EVENT;

import java.time.OffsetDateTime;
import org.corpusdesk.user.Actor;
import org.corpusdesk.user.CurrentUser;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events. Must be called inside the transaction of the change it records, so that both are
 * committed or neither: {@code MANDATORY} makes a call outside a transaction fail instead of logging alone.
 */
@Component
public class AuditLog {

    private final DSLContext dsl;
    private final CurrentUser currentUser;
    /** Built on the first event: a command that only reads never loads Jackson. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    public AuditLog(DSLContext dsl, CurrentUser currentUser) {
        this.dsl = dsl;
        this.currentUser = currentUser;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String entityType, Long entityId, Object before, Object after) {
        Actor actor = currentUser.actor();
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, OffsetDateTime.now())
                .set(AUDIT_EVENT.ACTOR_ID, actor.id())
                .set(AUDIT_EVENT.ACTOR_NAME, actor.name())
                .set(AUDIT_EVENT.ACTION, action.name())
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.BEFORE_JSON, before == null ? null : Json.MAPPER.writeValueAsString(before))
                .set(AUDIT_EVENT.AFTER_JSON, after == null ? null : Json.MAPPER.writeValueAsString(after))
                .execute();
    }
}

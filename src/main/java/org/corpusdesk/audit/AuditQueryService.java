package org.corpusdesk.audit;

import static org.corpusdesk.jooq.Tables.AUDIT_EVENT;

import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The audit trail for the admin page, newest first, paged in the database. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditQueryService {

    private final DSLContext dsl;

    public AuditQueryService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AuditEvent> page(AuditFilter filter, int offset, int limit) {
        return dsl.selectFrom(AUDIT_EVENT).where(condition(filter))
                .orderBy(AUDIT_EVENT.ID.desc()).offset(offset).limit(limit)
                .fetch(r -> new AuditEvent(r.getId(), r.getOccurredAt(), r.getActorName(), r.getAction(),
                        r.getEntityType(), r.getEntityId(), r.getBeforeJson(), r.getAfterJson()));
    }

    public int count(AuditFilter filter) {
        return dsl.fetchCount(AUDIT_EVENT, condition(filter));
    }

    public List<String> entityTypes() {
        return dsl.selectDistinct(AUDIT_EVENT.ENTITY_TYPE).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ENTITY_TYPE)
                .fetch(AUDIT_EVENT.ENTITY_TYPE);
    }

    private static Condition condition(AuditFilter f) {
        Condition c = DSL.noCondition();
        if (f.actor() != null && !f.actor().isBlank()) {
            c = c.and(AUDIT_EVENT.ACTOR_NAME.containsIgnoreCase(f.actor().strip()));
        }
        if (f.entityType() != null) {
            c = c.and(AUDIT_EVENT.ENTITY_TYPE.eq(f.entityType()));
        }
        if (f.entityId() != null) {
            c = c.and(AUDIT_EVENT.ENTITY_ID.eq(f.entityId()));
        }
        if (f.from() != null) {
            c = c.and(AUDIT_EVENT.OCCURRED_AT.ge(f.from().atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        if (f.to() != null) {
            c = c.and(AUDIT_EVENT.OCCURRED_AT.lt(f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        return c;
    }
}

package org.corpusdesk.audit;

import java.time.OffsetDateTime;

public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
        Long entityId, String beforeJson, String afterJson) {
}

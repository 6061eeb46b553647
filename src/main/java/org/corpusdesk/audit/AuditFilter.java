package org.corpusdesk.audit;

import java.time.LocalDate;

/** Filters of the audit page; null means any. Dates are inclusive, in UTC. */
public record AuditFilter(String actor, String entityType, Long entityId, LocalDate from, LocalDate to) {

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null);
}

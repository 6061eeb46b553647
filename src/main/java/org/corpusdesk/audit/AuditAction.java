package org.corpusdesk.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE
}

package org.corpusdesk.article;

import java.time.OffsetDateTime;

public record MetadataRevision(long id, String field, String oldValue, String newValue, String changedBy,
        OffsetDateTime changedAt, String reason) {
}

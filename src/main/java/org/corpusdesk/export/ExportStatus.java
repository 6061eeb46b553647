package org.corpusdesk.export;

import java.util.List;

/** Which articles go into a dataset, by review status. */
public enum ExportStatus {
    /** Articles a curator approved or curated: the default. */
    APPROVED(List.of("CURATED", "APPROVED")),
    /** Finished articles: done by an editor, curated or approved. */
    DONE(List.of("DONE", "CURATED", "APPROVED")),
    /** Every article whatever its status, rejected ones too. */
    ALL(List.of("NEW", "IN_PROGRESS", "DONE", "CURATED", "APPROVED", "REJECTED"));

    private final List<String> statuses;

    ExportStatus(List<String> statuses) {
        this.statuses = statuses;
    }

    public List<String> statuses() {
        return statuses;
    }
}

package org.corpusdesk.export;

import java.util.List;

/** Which articles go into a dataset, by review status. */
public enum ExportStatus {
    /** Articles a curator approved: the default. */
    APPROVED(List.of("APPROVED")),
    /** Finished articles: done by an editor or approved. */
    DONE(List.of("DONE", "APPROVED")),
    /** Every article whatever its status, rejected ones too. */
    ALL(List.of("NEW", "IN_PROGRESS", "DONE", "APPROVED", "REJECTED"));

    private final List<String> statuses;

    ExportStatus(List<String> statuses) {
        this.statuses = statuses;
    }

    public List<String> statuses() {
        return statuses;
    }
}

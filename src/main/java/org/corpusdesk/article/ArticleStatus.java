package org.corpusdesk.article;

import java.util.List;

/** The review states of an article, in workflow order. */
public enum ArticleStatus {
    NEW, IN_PROGRESS, DONE, CURATED, APPROVED, REJECTED;

    public static final List<String> NAMES = java.util.Arrays.stream(values()).map(Enum::name).toList();

    /**
     * Curating (merging editors' layers into the gold layer), approving and rejecting are curators' decisions; editors
     * move articles between the other states.
     */
    public boolean isCuratorDecision() {
        return this == CURATED || this == APPROVED || this == REJECTED;
    }
}

package org.corpusdesk.article;

import java.util.List;

/** The review states of an article, in workflow order. */
public enum ArticleStatus {
    NEW, IN_PROGRESS, DONE, APPROVED, REJECTED;

    public static final List<String> NAMES = java.util.Arrays.stream(values()).map(Enum::name).toList();

    /** Approving and rejecting are curators' decisions; editors move articles between the other states. */
    public boolean isCuratorDecision() {
        return this == APPROVED || this == REJECTED;
    }
}

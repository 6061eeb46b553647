package org.corpusdesk.article;

import java.util.Set;

/**
 * Someone else saved the article since the editor loaded it. Carries the current state and the fields the
 * other save changed, so the editor can reload or re-apply their own changes on top; nothing was written.
 */
public class ArticleConflictException extends RuntimeException {

    private final ArticleDetail current;
    private final Set<String> changedByOthers;
    private final Set<String> overlapping;

    public ArticleConflictException(ArticleDetail current, Set<String> changedByOthers, Set<String> overlapping) {
        super("article " + current.id() + " was changed by someone else meanwhile (fields: "
                + (changedByOthers.isEmpty() ? "none of the metadata" : String.join(", ", changedByOthers)) + ")");
        this.current = current;
        this.changedByOthers = Set.copyOf(changedByOthers);
        this.overlapping = Set.copyOf(overlapping);
    }

    /**
     * The conflict between an editor's save and the article as it is {@code now}: what others changed since
     * {@code base}, and which of those fields the editor changed too ({@code mine}), however the conflict was found.
     */
    public static ArticleConflictException between(ArticleDetail now, ArticleMetadata base, Set<String> mine) {
        Set<String> theirs = base.changedFields(now.metadata());
        Set<String> overlap = new java.util.LinkedHashSet<>(mine);
        overlap.retainAll(theirs);
        return new ArticleConflictException(now, theirs, overlap);
    }

    public ArticleDetail current() {
        return current;
    }

    public Set<String> changedByOthers() {
        return changedByOthers;
    }

    /** Fields both the editor and the other save changed: re-applying overwrites the other value there. */
    public Set<String> overlapping() {
        return overlapping;
    }
}

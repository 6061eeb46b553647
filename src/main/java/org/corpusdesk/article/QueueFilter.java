package org.corpusdesk.article;

import java.util.Set;

/**
 * Filters of the review queue; null (or empty) means any. {@code assignedTo} is a user id; {@code text} is
 * searched in titles and clean texts; {@code openComments} true keeps articles with an open comment.
 */
public record QueueFilter(Set<String> statuses, String outlet, String language, Long storyCluster,
        Boolean hasAnnotations, Long assignedTo, String text, Boolean openComments) {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null, null, null, null);

    public QueueFilter(Set<String> statuses, String outlet, String language, Long storyCluster, Boolean hasAnnotations,
            Long assignedTo, String text) {
        this(statuses, outlet, language, storyCluster, hasAnnotations, assignedTo, text, null);
    }

    public QueueFilter withAssignedTo(Long userId) {
        return new QueueFilter(statuses, outlet, language, storyCluster, hasAnnotations, userId, text, openComments);
    }

    public QueueFilter withStatuses(Set<String> s) {
        return new QueueFilter(s, outlet, language, storyCluster, hasAnnotations, assignedTo, text, openComments);
    }

    public QueueFilter withStoryCluster(Long cluster) {
        return new QueueFilter(statuses, outlet, language, cluster, hasAnnotations, assignedTo, text, openComments);
    }

    public QueueFilter withOpenComments(Boolean open) {
        return new QueueFilter(statuses, outlet, language, storyCluster, hasAnnotations, assignedTo, text, open);
    }
}

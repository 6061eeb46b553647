package org.corpusdesk.ingest.dedupe;

/**
 * Where a new article belongs: its story cluster (the id of the cluster's first article), the best
 * containment similarity found (null for a new story) and, for a near-identical copy, the article it copies.
 */
public record StoryMatch(long storyCluster, Double similarity, Long duplicateOf) {
}

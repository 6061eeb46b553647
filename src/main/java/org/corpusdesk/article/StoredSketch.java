package org.corpusdesk.article;

/** An article's story cluster and shingle sketch as stored, for rebuilding the importer's story index. */
public record StoredSketch(long articleId, long storyCluster, int shingleCount, String hashes) {
}

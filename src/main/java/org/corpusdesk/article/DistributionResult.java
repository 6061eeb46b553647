package org.corpusdesk.article;

import java.util.Map;

/** What a distribution did: articles in the selection, articles that got assignees, how many were sampled for one
 * more editor, and new assignments per editor. */
public record DistributionResult(int articles, int changed, int sampled, Map<String, Integer> addedPerEditor) {
}

package org.corpusdesk.ingest.clean;

import java.util.List;

/**
 * The result of cleaning one article: the text editors annotate, the title if one was found in the text,
 * the author from a byline, and every removal for the "what cleaning removed" view.
 */
public record CleanedText(String text, String titleFromText, String bylineAuthor, List<Removal> removals) {
}

package org.corpusdesk.annotation;

import java.util.List;

/**
 * A deleted span and the attributions it took part in as they were before the delete (those that named it as the
 * claim or source went with it; those that named it as the cue or trigger lost only that), so that undo puts
 * everything back.
 */
public record DeletedSpan(Annotation span, List<Attribution> links) {
}

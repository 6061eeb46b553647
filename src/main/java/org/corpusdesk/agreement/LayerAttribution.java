package org.corpusdesk.agreement;

/** One attribution of an annotator's layer: its claim span and source span (null: to nobody). */
public record LayerAttribution(LayerSpan claim, LayerSpan source) {
}

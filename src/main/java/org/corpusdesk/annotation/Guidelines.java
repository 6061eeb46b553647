package org.corpusdesk.annotation;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Labelling guidelines, written in Markdown by an administrator, rendered to HTML that is safe to show: raw HTML in
 * the Markdown is escaped (shown as text), and links other than http, https and mailto are dropped.
 */
public final class Guidelines {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Guidelines() {
    }

    /** The Markdown as HTML; empty for none. */
    public static String html(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
    }

    /** Plain text made safe inside HTML. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

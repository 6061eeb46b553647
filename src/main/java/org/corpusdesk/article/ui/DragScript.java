package org.corpusdesk.article.ui;

/**
 * Dragging the selected span's edges with the mouse: the span is outlined; a press on its first or last character
 * and a release elsewhere in the text sends a {@code cd-edge} event (which edge, the code point released on) that
 * the server snaps to whole words. No frontend build: installed on the text element as a script.
 */
final class DragScript {

    private DragScript() {
    }

    /** Installs the handlers once; {@code this.__selected} ([start, end] or null) says which span may be dragged. */
    static final String INSTALL = """
            const root = this;
            if (root.__drag) return;
            root.__drag = true;
            const cps = s => [...s].length;
            function cpAt(x, y) {
              const r = document.caretRangeFromPoint ? document.caretRangeFromPoint(x, y) : null;
              if (!r || !root.contains(r.startContainer)) return null;
              let el = r.startContainer.nodeType === 3 ? r.startContainer.parentElement : r.startContainer;
              while (el && el !== root && !el.hasAttribute('data-s')) el = el.parentElement;
              if (!el || el === root) return null;
              const base = parseInt(el.getAttribute('data-s'));
              return r.startContainer.nodeType === 3 ? base + cps(r.startContainer.textContent.substring(0, r.startOffset)) : base;
            }
            root.__outline = () => {
              for (const el of root.querySelectorAll('[data-s]')) {
                const s = parseInt(el.getAttribute('data-s'));
                const on = root.__selected && s >= root.__selected[0] && s < root.__selected[1];
                el.style.outline = on ? '1px dashed #333' : '';
              }
            };
            let dragging = null;
            root.addEventListener('mousedown', e => {
              const sel = root.__selected;
              if (!sel || e.button !== 0) return;
              const cp = cpAt(e.clientX, e.clientY);
              if (cp === null) return;
              if (Math.abs(cp - sel[0]) <= 1) dragging = 'START';
              else if (Math.abs(cp - sel[1]) <= 1) dragging = 'END';
              if (dragging) { e.preventDefault(); root.style.cursor = 'col-resize'; }
            });
            document.addEventListener('mouseup', e => {
              if (!dragging) return;
              const edge = dragging;
              dragging = null;
              root.style.cursor = '';
              const cp = cpAt(e.clientX, e.clientY);
              if (cp !== null) root.dispatchEvent(new CustomEvent('cd-edge', {detail: {edge: edge, cp: cp}}));
            });
            """;

    /** Marks the span ($0, $1; null for none) as the one whose edges may be dragged, and outlines it. */
    static final String SELECT = "this.__selected = $0 === null ? null : [$0, $1]; if (this.__outline) this.__outline();";
}

package org.corpusdesk.article.ui;

/**
 * Draws attributions as arcs over the article text, as brat and INCEpTION do: an SVG layer inside the text element
 * (pointer events pass through), one curved arrow per attribution from the claim up and over to its source, a dashed
 * one to its cue; redrawn when the text is drawn again or changes size. The spans are found by their segments'
 * code-point starts (data-s), so no frontend build is needed.
 */
final class ArcsScript {

    private ArcsScript() {
    }

    /** Installs {@code this.__drawArcs()} on the text element, once; it draws {@code this.__arcs}. */
    static final String INSTALL = """
            const root = this;
            if (root.__drawArcs) return;
            root.style.position = 'relative';
            const NS = 'http://www.w3.org/2000/svg';
            let starts = [], elements = [], origin = null;
            function index() {
              starts = []; elements = [];
              for (const el of root.querySelectorAll('[data-s]')) {
                starts.push(parseInt(el.getAttribute('data-s'))); elements.push(el);
              }
              origin = root.getBoundingClientRect();
            }
            function box(range) {
              const [from, to] = range;
              let lo = 0, hi = starts.length;
              while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < from) lo = mid + 1; else hi = mid; }
              if (lo >= starts.length || starts[lo] >= to) return null;
              const el = elements[lo];
              const r = el.getClientRects()[0] || el.getBoundingClientRect();
              return {x: r.left - origin.left + Math.min(r.width, 40) / 2, y: r.top - origin.top};
            }
            root.__drawArcs = () => {
              let svg = root.querySelector(':scope > svg.cd-arcs');
              if (!svg) {
                svg = document.createElementNS(NS, 'svg');
                svg.setAttribute('class', 'cd-arcs');
                svg.style.cssText = 'position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none;overflow:visible';
                const defs = document.createElementNS(NS, 'defs');
                defs.innerHTML = '<marker id="cd-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7"'
                  + ' orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1f77b4"/></marker>';
                svg.appendChild(defs);
              }
              svg.querySelectorAll('path.cd-arc').forEach(p => p.remove());
              if (!root.__showArcs) { svg.remove(); return; }
              index();
              for (const arc of root.__arcs || []) {
                const c = box(arc.claim);
                for (const [target, kind] of [[arc.source, 'source'], [arc.cue, 'cue']]) {
                  if (!target || !c) continue;
                  const t = box(target);
                  if (!t) continue;
                  const lift = 14 + Math.min(60, Math.abs(t.x - c.x) / 8 + Math.abs(t.y - c.y) / 6);
                  const top = Math.min(c.y, t.y) - lift;
                  const p = document.createElementNS(NS, 'path');
                  p.setAttribute('class', 'cd-arc cd-arc-' + kind);
                  p.setAttribute('data-attribution', arc.id);
                  p.setAttribute('d', `M ${c.x} ${c.y} C ${c.x} ${top}, ${t.x} ${top}, ${t.x} ${t.y}`);
                  p.setAttribute('fill', 'none');
                  p.setAttribute('stroke', kind === 'source' ? '#1f77b4' : '#2ca02c');
                  p.setAttribute('stroke-width', '1.6');
                  p.setAttribute('stroke-opacity', '0.75');
                  if (kind === 'cue') p.setAttribute('stroke-dasharray', '4 3');
                  else p.setAttribute('marker-end', 'url(#cd-arrow)');
                  svg.appendChild(p);
                }
              }
              if (!svg.parentNode) root.appendChild(svg);
            };
            new ResizeObserver(() => root.__drawArcs()).observe(root);
            """;

    /** Sets the arcs ($0, a JSON array) and whether they show ($1), then draws them. */
    static final String DRAW = "this.__arcs = JSON.parse($0); this.__showArcs = $1; if (this.__drawArcs) this.__drawArcs();";
}

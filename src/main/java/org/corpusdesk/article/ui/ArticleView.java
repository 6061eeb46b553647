package org.corpusdesk.article.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corpusdesk.annotation.Annotation;
import org.corpusdesk.annotation.Attribution;
import org.corpusdesk.annotation.AnnotationDraft;
import org.corpusdesk.annotation.AnnotationService;
import org.corpusdesk.annotation.Guidelines;
import org.corpusdesk.annotation.Label;
import org.corpusdesk.annotation.LabelKind;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.annotation.Spans;
import org.corpusdesk.annotation.ui.AnnotationPanel;
import org.corpusdesk.annotation.ui.TextSegments;
import org.corpusdesk.article.ArticleDetail;
import org.corpusdesk.article.ArticleEditService;
import org.corpusdesk.article.ArticleStatus;
import org.corpusdesk.article.CleaningRemoval;
import org.corpusdesk.registry.ClaimRegistryService;
import org.corpusdesk.registry.SourceRegistryService;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;

/**
 * One article: its clean text with annotations highlighted by label colour, tagging by toolbar or hotkey,
 * the annotation side panel, the metadata form with history, and the raw text with what cleaning removed.
 * All text is set as text, never as HTML.
 */
@Route("article")
@PermitAll
public class ArticleView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle,
        com.vaadin.flow.router.BeforeLeaveObserver {

    /** Reads the browser selection inside the text as code-point offsets (segments carry data-s = start). */
    static final String SELECTION_JS = """
            const root = this; const sel = window.getSelection();
            if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
            const r = sel.getRangeAt(0);
            if (!root.contains(r.startContainer) || !root.contains(r.endContainer)) return null;
            const cps = s => [...s].length;
            const total = () => [...root.querySelectorAll('[data-s]')].reduce((n, e) => n + cps(e.textContent), 0);
            function at(node, off) {
              if (node === root) {
                const child = root.childNodes[off];
                return child && child.getAttribute ? parseInt(child.getAttribute('data-s')) : total();
              }
              let el = node.nodeType === 3 ? node.parentElement : node;
              while (el && el !== root && !el.hasAttribute('data-s')) el = el.parentElement;
              if (!el || el === root) return null;
              const base = parseInt(el.getAttribute('data-s'));
              if (node.nodeType === 3) return base + cps(node.textContent.substring(0, off));
              return off === 0 ? base : base + cps(el.textContent);
            }
            return [at(r.startContainer, r.startOffset), at(r.endContainer, r.endOffset)];
            """;

    /**
     * Keyboard selection in the read-only text: arrows move a caret word by word, Shift+arrows extend the
     * selection (Selection.modify), Home puts the caret at the start. Set up once per attach, inline.
     */
    /**
     * Marks the queue search's hits ($0, its words, case-insensitive) with the CSS Custom Highlight API: no element
     * is added to the text, so offsets and selections stay as they are.
     */
    static final String HIGHLIGHT_JS = """
            if (!window.CSS || !CSS.highlights || !window.Highlight) return;
            const words = $0.toLowerCase().split(/\\s+/).filter(w => w.length > 1);
            const ranges = [];
            const walk = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
            while (walk.nextNode()) {
              const node = walk.currentNode; const lower = node.textContent.toLowerCase();
              for (const w of words) {
                let at = lower.indexOf(w);
                while (at >= 0) {
                  const r = new Range(); r.setStart(node, at); r.setEnd(node, at + w.length); ranges.push(r);
                  at = lower.indexOf(w, at + w.length);
                }
              }
            }
            CSS.highlights.set('search-hit', new Highlight(...ranges));
            if (!document.getElementById('search-hit-style')) {
              const style = document.createElement('style'); style.id = 'search-hit-style';
              style.textContent = '::highlight(search-hit) { background-color: #ffe066; color: inherit; }';
              document.head.appendChild(style);
            }
            """;

    static final String KEYBOARD_JS = """
            const root = this;
            if (root.__keyboardSelection) return;
            root.__keyboardSelection = true;
            root.addEventListener('keydown', e => {
              const sel = window.getSelection();
              const inside = sel.rangeCount > 0 && root.contains(sel.anchorNode);
              const arrows = {ArrowRight: 'forward', ArrowLeft: 'backward'};
              if (e.key === 'Home' || (!inside && arrows[e.key])) {
                const first = document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode();
                if (first) sel.collapse(first, 0);
                e.preventDefault();
                if (e.key === 'Home') return;
              }
              if (arrows[e.key] && !e.altKey && !e.ctrlKey && !e.metaKey) {
                sel.modify(e.shiftKey ? 'extend' : 'move', arrows[e.key], 'word');
                e.preventDefault();
              }
            });
            """;

    private final ArticleEditService articles;
    private final AnnotationService annotations;
    private final CurrentUser currentUser;
    private final List<Label> labels;
    final H3 heading = new H3();
    final Span facts = new Span();
    final RouterLink storyLink = new RouterLink();
    final Div text = new Div();
    final Div raw = new Div();
    final Checkbox othersToo = new Checkbox("Show others' annotations");
    final Checkbox showRaw = new Checkbox("Show raw text and what cleaning removed");
    final Checkbox showArcs = new Checkbox("Arcs", true);
    final AnnotationPanel panel;
    final MetadataPanel metadata;
    final HorizontalLayout statusButtons = new HorizontalLayout();
    final Span readOnly = new Span();
    private org.corpusdesk.comment.ui.DiscussionPanel discussion;
    /** The top span of each highlighted segment, by the segment's start: what a click on it selects. */
    private final java.util.Map<Integer, Annotation> topAt = new java.util.HashMap<>();
    /** The queue's search, whose hits the text highlights (null: none). */
    private String searched;
    private boolean goldLayer;
    private VerticalLayout reading;
    private ArticleDetail article;

    public ArticleView(ArticleEditService articles, AnnotationService annotations, LabelSchemaService schema,
            SourceRegistryService sources, ClaimRegistryService claims, org.corpusdesk.comment.CommentService comments,
            CurrentUser currentUser) {
        this.articles = articles;
        this.annotations = annotations;
        this.currentUser = currentUser;
        this.labels = schema.labels().stream().filter(Label::active).toList();
        setSizeFull();
        panel = new AnnotationPanel(annotations, schema, sources, claims, this::refreshAnnotations);
        panel.onSelect(a -> text.getElement().executeJs(
                "const e = this.querySelector('[data-s=\"' + $0 + '\"]'); if (e) e.scrollIntoView({block: 'center'});",
                a.startCp()));
        panel.onShown(this::markDraggable);
        metadata = new MetadataPanel(articles, saved -> show(saved));

        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        for (Label label : labels) {
            Button tag = new Button(label.name() + (label.hotkey() == null ? "" : " (" + label.hotkey() + ")"),
                    e -> tagSelection(label));
            tag.setId("tag-" + label.name().toLowerCase(Locale.ROOT));
            tag.getStyle().set("border-bottom", "3px solid " + label.colour());
            tag.setTooltipText(label.description());
            toolbar.add(tag);
            if (label.hotkey() != null) {
                Shortcuts.addShortcutListener(text, () -> tagSelection(label), Key.of(label.hotkey())).listenOn(text);
            }
        }
        // the labels stay at hand however far down the article the editor reads
        toolbar.getStyle().set("position", "sticky").set("top", "0").set("z-index", "2")
                .set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-xs) 0");
        toolbar.setId("label-toolbar");
        Button help = new Button("Keys", e -> keyHelp());
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toolbar.add(othersToo, showArcs, showRaw, help);
        othersToo.setId("others-too");
        othersToo.addValueChangeListener(e -> refreshAnnotations());
        showRaw.addValueChangeListener(e -> raw.setVisible(e.getValue()));

        text.setId("article-text");
        String segmentStart = "(event.target.closest && event.target.closest('[data-s]') ? "
                + "parseInt(event.target.closest('[data-s]').getAttribute('data-s')) : -1)";
        text.getElement().addEventListener("click", e -> clickOnText(e.getEventData().get(segmentStart).asInt(),
                e.getEventData().get("event.altKey").asBoolean())).addEventData(segmentStart).addEventData("event.altKey");
        text.getElement().setAttribute("tabindex", "0");
        text.getStyle().set("white-space", "pre-wrap").set("line-height", "1.7").set("max-width", "48em")
                .set("font-size", "var(--lumo-font-size-l)").set("outline", "none").set("padding", "var(--lumo-space-s)");
        raw.setVisible(false);
        text.getElement().addEventListener("cd-edge", e -> dragEdge(
                        Spans.Edge.valueOf(e.getEventData().get("event.detail.edge").asString()),
                        e.getEventData().get("event.detail.cp").asInt()))
                .addEventData("event.detail.edge").addEventData("event.detail.cp");
        text.addAttachListener(e -> {
            text.getElement().executeJs(DragScript.INSTALL);
            text.getElement().executeJs(KEYBOARD_JS);
            text.getElement().executeJs(ArcsScript.INSTALL);
        });
        showArcs.setId("show-arcs");
        showArcs.addValueChangeListener(e -> refreshAnnotations());
        Shortcuts.addShortcutListener(text, () -> text.getElement().executeJs("window.getSelection().removeAllRanges()"),
                Key.ESCAPE).listenOn(text);

        Button previous = new Button("← Previous", e -> go(false));
        previous.setId("previous-article");
        Button next = new Button("Next →", e -> go(true));
        next.setId("next-article");
        Shortcuts.addShortcutListener(this, () -> go(true), Key.KEY_N, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> go(false), Key.KEY_P, KeyModifier.ALT);
        Button doneAndNext = new Button("Done & next", e -> doneAndNext());
        doneAndNext.setId("done-and-next");
        // j / k / d in the text, unless a label took the key
        java.util.Set<String> taken = labels.stream().map(Label::hotkey).filter(java.util.Objects::nonNull)
                .map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (!taken.contains("j")) {
            Shortcuts.addShortcutListener(text, () -> go(true), Key.KEY_J).listenOn(text);
        }
        if (!taken.contains("k")) {
            Shortcuts.addShortcutListener(text, () -> go(false), Key.KEY_K).listenOn(text);
        }
        if (!taken.contains("d")) {
            Shortcuts.addShortcutListener(text, this::doneAndNext, Key.KEY_D).listenOn(text);
            doneAndNext.setText("Done & next (d)");
        }
        // the selected span's edges, a word at a time: , . move its end, Shift+, Shift+. its start
        Shortcuts.addShortcutListener(text, () -> moveEdge(Spans.Edge.END, false), Key.COMMA).listenOn(text);
        Shortcuts.addShortcutListener(text, () -> moveEdge(Spans.Edge.END, true), Key.PERIOD).listenOn(text);
        Shortcuts.addShortcutListener(text, () -> moveEdge(Spans.Edge.START, false), Key.COMMA, KeyModifier.SHIFT)
                .listenOn(text);
        Shortcuts.addShortcutListener(text, () -> moveEdge(Spans.Edge.START, true), Key.PERIOD, KeyModifier.SHIFT)
                .listenOn(text);
        panel.onMoveEdge(this::moveEdge);
        if (!taken.contains("a")) {
            Shortcuts.addShortcutListener(text, this::attributeDialog, Key.KEY_A).listenOn(text);
        }
        readOnly.setId("article-read-only");
        readOnly.getStyle().set("color", "var(--lumo-error-text-color)");
        readOnly.setVisible(false);
        HorizontalLayout nav = new HorizontalLayout(previous, next, doneAndNext, statusButtons);
        nav.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        VerticalLayout left = new VerticalLayout(heading, facts, storyLink, readOnly, nav, toolbar, text, raw);
        left.setId("article-left");
        reading = left;
        // where the editor reads: kept on every scroll, put back after the text is drawn again
        left.addAttachListener(e -> left.getElement().executeJs(
                "if (!this.__keepScroll) { this.__keepScroll = true; this.__top = this.scrollTop;"
                + " this.addEventListener('scroll', () => { this.__top = this.scrollTop; }, {passive: true}); }"));
        left.setSizeFull();
        left.getStyle().set("overflow", "auto");
        TabSheet right = new TabSheet();
        right.add("Annotations", panel);
        right.add("Metadata", metadata);
        discussion = new org.corpusdesk.comment.ui.DiscussionPanel(comments, panel::selected);
        right.add("Discussion", discussion);
        right.add("Guidelines", guidelines());
        right.setSizeFull();
        SplitLayout split = new SplitLayout(left, right);
        split.setSplitterPosition(60);
        split.setSizeFull();
        add(split);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        searched = parameters.getOrDefault("q", List.of()).stream()
                .findFirst().map(String::strip).filter(q -> !q.isEmpty()).orElse(null);
        // curators edit the gold layer (the curated merge of editors' layers) directly with ?layer=gold
        goldLayer = parameters.getOrDefault("layer", List.of()).contains("gold") && currentUser.has(Role.CURATOR);
        articles.load(id == null ? -1 : id).ifPresentOrElse(this::show, () -> {
            heading.setText("No article #" + id);
            text.getElement().setProperty("innerHTML", "");
        });
    }

    /** Unsaved metadata or span edits are not dropped silently: the editor is asked before leaving. */
    @Override
    public void beforeLeave(com.vaadin.flow.router.BeforeLeaveEvent event) {
        List<String> unsaved = new java.util.ArrayList<>();
        if (metadata.hasUnsavedChanges()) {
            unsaved.add("the metadata form");
        }
        if (panel.hasUnsavedChanges()) {
            unsaved.add("the selected span's fields");
        }
        if (unsaved.isEmpty()) {
            return;
        }
        var postponed = event.postpone();
        com.vaadin.flow.component.confirmdialog.ConfirmDialog ask = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        ask.setId("unsaved-dialog");
        ask.setHeader("Unsaved changes");
        ask.setText("You have not saved " + String.join(" and ", unsaved) + ". Leave and lose them?");
        ask.setCancelable(true);
        ask.setCancelText("Stay");
        ask.setConfirmText("Leave without saving");
        ask.setConfirmButtonTheme("error primary");
        ask.addConfirmListener(e -> postponed.proceed());
        // staying closes the client router's pending navigation, so the next link works again
        ask.addCancelListener(e -> postponed.cancel());
        ask.open();
    }

    @Override
    public String getPageTitle() {
        return (article == null ? "Article" : "#" + article.id() + " " + titleOf(article)) + " · Corpus Desk";
    }

    private static String titleOf(ArticleDetail a) {
        return a.metadata().title() == null ? "(no title)" : a.metadata().title();
    }

    /** The spans shown: the gold layer when a curator edits it, else the user's own (and others' when switched on). */
    private List<Annotation> visibleSpans() {
        return goldLayer ? annotations.goldLayer(article.id()) : annotations.forArticle(article.id(), othersToo.getValue());
    }

    void show(ArticleDetail detail) {
        article = detail;
        heading.setText("#" + detail.id() + " · " + titleOf(detail) + (goldLayer ? " · gold layer" : ""));
        var m = detail.metadata();
        facts.setText(String.join(" · ", java.util.stream.Stream.of(m.outlet(), m.author(),
                m.publishedOn() == null ? null : m.publishedOn().toString(), m.language(), m.status().name().toLowerCase(Locale.ROOT),
                detail.assignedTo() == null ? null : "assigned to " + detail.assignedTo())
                .filter(s -> s != null && !s.isBlank()).toList()));
        storyLink.setVisible(detail.storySize() > 1);
        if (detail.storySize() > 1) {
            storyLink.setRoute(StoryView.class, detail.storyCluster());
            storyLink.setText("Same story as " + (detail.storySize() - 1) + " other article(s): compare side by side");
        }
        metadata.show(detail);
        discussion.show(detail.id());
        // blind double annotation: an editor's switch to others' layers only once a curator decided the article
        othersToo.setVisible(annotations.mayShowOthers(detail.id()));
        if (!othersToo.isVisible()) {
            othersToo.setValue(false);
        }
        String refusal = articles.readOnlyReason(detail.id());
        readOnly.setText(refusal == null ? "" : "Read-only for you: " + refusal);
        readOnly.setVisible(refusal != null);
        showStatusButtons(detail);
        showRaw(detail);
        refreshAnnotations();
    }

    private void showStatusButtons(ArticleDetail detail) {
        statusButtons.removeAll();
        ArticleStatus s = detail.metadata().status();
        if (s == ArticleStatus.NEW || s == ArticleStatus.IN_PROGRESS) {
            Button done = new Button("Mark done", e -> setStatus(ArticleStatus.DONE));
            done.setId("mark-done");
            statusButtons.add(done);
        }
        if (currentUser.has(Role.CURATOR)) {
            if (s != ArticleStatus.APPROVED) {
                statusButtons.add(new Button("Approve", e -> setStatus(ArticleStatus.APPROVED)));
            }
            if (s != ArticleStatus.REJECTED) {
                statusButtons.add(new Button("Reject", e -> setStatus(ArticleStatus.REJECTED)));
            }
            RouterLink curate = new RouterLink("Curate (merge editors' layers)",
                    org.corpusdesk.curation.ui.CurationView.class, detail.id());
            curate.setId("curate-link");
            statusButtons.add(curate);
        }
    }

    private void setStatus(ArticleStatus status) {
        try {
            show(articles.setStatus(article.id(), article.version(), status));
            Notification.show("Status: " + status.name().toLowerCase(Locale.ROOT));
        } catch (org.corpusdesk.article.ArticleConflictException conflict) {
            Notification.show("Someone else saved this article meanwhile: reloaded, try again");
            show(conflict.current());
        }
    }

    private void showRaw(ArticleDetail detail) {
        raw.removeAll();
        Grid<CleaningRemoval> removed = new Grid<>();
        removed.addColumn(CleaningRemoval::line).setHeader("Raw line").setAutoWidth(true).setFlexGrow(0);
        removed.addColumn(CleaningRemoval::rule).setHeader("Rule").setAutoWidth(true).setFlexGrow(0);
        removed.addColumn(CleaningRemoval::text).setHeader("Removed text").setFlexGrow(3);
        removed.setItems(CleaningRemoval.parse(detail.cleaningReportJson()));
        removed.setAllRowsVisible(true);
        Pre rawText = new Pre(detail.rawText());
        rawText.getStyle().set("white-space", "pre-wrap").set("max-width", "48em");
        raw.add(new H3("Removed by cleaning"), removed, new H3("Raw text as imported"), rawText);
    }

    void refreshAnnotations() {
        if (article == null) {
            return;
        }
        List<Annotation> shown = visibleSpans();
        renderText(shown);
        List<Attribution> links = annotations.attributions(article.id());
        panel.setAnnotations(shown, links);
        drawArcs(shown, links);
    }

    /**
     * Draws the text with its spans as one HTML string of segments (each a span with its code-point start in
     * data-s; text and titles escaped): a thousand spans are one property update, not thousands of components.
     * Clicks reach the server through one listener on the text ({@link #clickOnText}).
     */
    private void renderText(List<Annotation> shown) {
        if (reading != null) {
            // runs once the text is drawn again in the browser: the reading position comes back
            reading.getElement().executeJs("if (this.__top !== undefined) this.scrollTop = this.__top");
        }
        topAt.clear();
        StringBuilder html = new StringBuilder(article.cleanText().length() * 2);
        for (var segment : TextSegments.of(article.cleanText(), shown)) {
            html.append("<span data-s=\"").append(segment.startCp()).append('"');
            if (!segment.covering().isEmpty()) {
                Annotation top = segment.covering().get(segment.covering().size() - 1);
                topAt.put(segment.startCp(), top);
                html.append(" style=\"background:").append(top.colour()).append("33;border-bottom:2px solid ")
                        .append(top.colour()).append(";cursor:pointer");
                if (segment.covering().size() > 1) {
                    html.append(";box-shadow:inset 0 -5px 0 ").append(segment.covering().get(0).colour()).append("66");
                }
                html.append("\" title=\"").append(Guidelines.escape(segment.covering().stream().map(ArticleView::describe)
                        .collect(Collectors.joining("\n")))).append('"');
            }
            html.append('>').append(Guidelines.escape(segment.text())).append("</span>");
        }
        text.getElement().setProperty("innerHTML", html.toString());
        // the text was drawn again: outline the selected span again
        text.getElement().executeJs("if (this.__outline) this.__outline();");
    }

    /** A click on a highlighted segment: select its span; Alt+click on a source or cue attributes the selected claim. */
    private void clickOnText(int startCp, boolean alt) {
        Annotation top = topAt.get(startCp);
        if (top == null) {
            return;
        }
        Annotation claim = panel.selected();
        if (alt && claim != null && claim.kind() == LabelKind.CLAIM && top.kind() != LabelKind.CLAIM) {
            attribute(claim, top.kind() == LabelKind.SOURCE ? top : null, top.kind() == LabelKind.CUE ? top : null);
        } else {
            panel.select(top);
        }
    }

    /** Claim → source (and cue) arcs over the text for the attributions whose spans are shown. */
    private void drawArcs(List<Annotation> shown, List<Attribution> links) {
        java.util.Map<Long, Annotation> byId = shown.stream().collect(Collectors.toMap(Annotation::id, a -> a));
        StringBuilder json = new StringBuilder("[");
        for (Attribution link : links) {
            Annotation claim = byId.get(link.claimAnnotationId());
            if (claim == null) {
                continue;
            }
            json.append(json.length() > 1 ? "," : "").append("{\"id\":").append(link.id())
                    .append(",\"claim\":").append(range(claim))
                    .append(",\"source\":").append(range(link.sourceAnnotationId() == null ? null
                            : byId.get(link.sourceAnnotationId())))
                    .append(",\"cue\":").append(range(link.cueAnnotationId() == null ? null
                            : byId.get(link.cueAnnotationId()))).append('}');
        }
        text.getElement().executeJs(ArcsScript.DRAW, json.append(']').toString(), showArcs.getValue());
        if (searched != null) {
            text.getElement().executeJs(HIGHLIGHT_JS, searched);
        }
    }

    private static String range(Annotation a) {
        return a == null ? "null" : "[" + a.startCp() + "," + a.endCp() + "]";
    }

    private static String describe(Annotation a) {
        StringBuilder s = new StringBuilder(a.label()).append(" by ").append(a.annotator());
        if (a.figure() != null) {
            s.append(" · ").append(a.figureQualifier() == null ? "" : a.figureQualifier() + " ")
                    .append(a.figure().toPlainString()).append(a.figureUnit() == null ? "" : " " + a.figureUnit());
        }
        if (a.sourceName() != null) {
            s.append(" · ").append(a.sourceName());
        }
        if (a.claimStatement() != null) {
            s.append(" · claim: ").append(a.claimStatement());
        }
        if (a.note() != null) {
            s.append(" · ").append(a.note());
        }
        return s.toString();
    }

    void tagSelection(Label label) {
        text.getElement().executeJs(SELECTION_JS).then(result -> {
            if (result == null || !result.isArray() || result.size() < 2 || result.get(0).isNull() || result.get(1).isNull()) {
                Notification.show("Select some text in the article first");
                return;
            }
            int a = (int) result.get(0).asDouble();
            int b = (int) result.get(1).asDouble();
            tag(label, Math.min(a, b), Math.max(a, b));
        });
    }

    /** Tags the code-point range, widened to whole words. */
    void tag(Label label, int startCp, int endCp) {
        int[] span = Spans.snapToWords(article.cleanText(), startCp, endCp);
        if (span[0] == span[1]) {
            Notification.show("The selection holds no words");
            return;
        }
        try {
            AnnotationDraft draft = AnnotationDraft.span(label.id(), span[0], span[1]);
            Annotation created = goldLayer ? annotations.createInGold(article.id(), draft)
                    : annotations.create(article.id(), draft);
            text.getElement().executeJs("window.getSelection().removeAllRanges()");
            refreshAnnotations();
            panel.select(created);
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException problem) {
            Notification n = Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * Attributes the selected claim by keyboard: a dialog lists the article's sources (nearest first) and cues,
     * Enter attributes.
     */
    void attributeDialog() {
        Annotation claim = panel.selected();
        if (claim == null || claim.kind() != LabelKind.CLAIM) {
            Notification.show("Select a claim first (click it in the text), then press a");
            return;
        }
        List<Annotation> shown = visibleSpans();
        java.util.Comparator<Annotation> nearest = java.util.Comparator.comparingInt(x -> Math.abs(x.startCp() - claim.startCp()));
        List<Annotation> sources = shown.stream().filter(x -> x.kind() == LabelKind.SOURCE).sorted(nearest).toList();
        List<Annotation> cues = shown.stream().filter(x -> x.kind() == LabelKind.CUE).sorted(nearest).toList();
        if (sources.isEmpty()) {
            Notification.show("Tag the source first: there is no source span in this article");
            return;
        }
        Dialog d = new Dialog();
        d.setId("attribute-dialog");
        d.setHeaderTitle("Attribute “" + claim.text() + "”");
        com.vaadin.flow.component.combobox.ComboBox<Annotation> source = new com.vaadin.flow.component.combobox.ComboBox<>(
                "Source", sources);
        source.setId("attribute-source");
        source.setItemLabelGenerator(x -> x.text() + " · " + x.startCp());
        source.setValue(sources.getFirst());
        com.vaadin.flow.component.combobox.ComboBox<Annotation> cue = new com.vaadin.flow.component.combobox.ComboBox<>(
                "Cue (optional)", cues);
        cue.setItemLabelGenerator(x -> x.text() + " · " + x.startCp());
        cue.setClearButtonVisible(true);
        cue.setValue(cues.isEmpty() ? null : cues.getFirst());
        Button ok = new Button("Attribute", e -> {
            d.close();
            attribute(claim, source.getValue(), cue.getValue());
        });
        ok.setId("attribute-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        d.add(new VerticalLayout(source, cue));
        d.getFooter().add(new Button("Cancel", e -> d.close()), ok);
        d.open();
        source.focus();
    }

    /** Attributes the claim to the source (keeping a cue given, else the one it had). */
    private void attribute(Annotation claim, Annotation source, Annotation cue) {
        try {
            Attribution had = annotations.attributions(article.id()).stream()
                    .filter(t -> t.claimAnnotationId() == claim.id()).findFirst().orElse(null);
            Long sourceId = source != null ? Long.valueOf(source.id()) : had == null ? null : had.sourceAnnotationId();
            if (sourceId == null) {
                Notification.show("Alt+click the source first, then the cue");
                return;
            }
            Long cueId = cue != null ? Long.valueOf(cue.id()) : had == null ? null : had.cueAnnotationId();
            annotations.attribute(claim.id(), sourceId, cueId);
            refreshAnnotations();
            panel.select(claim);
            Notification.show("Attributed");
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException problem) {
            Notification.show(problem.getMessage());
        }
    }

    /** The selected span (if the editor may change it and it is contiguous) is outlined, its edges draggable. */
    private void markDraggable(Annotation a) {
        boolean draggable = a != null && a.editable() && a.fragments() == null;
        text.getElement().executeJs(DragScript.SELECT, draggable ? a.startCp() : null, draggable ? a.endCp() : null);
    }

    /** An edge of the selected span dragged to a code point: the span now starts or ends at that word. */
    void dragEdge(Spans.Edge edge, int cp) {
        Annotation a = panel.selected();
        if (a == null) {
            return;
        }
        int start = edge == Spans.Edge.START ? Spans.snapToWords(article.cleanText(), Math.min(cp, a.endCp() - 1),
                a.endCp())[0] : a.startCp();
        int end = edge == Spans.Edge.END ? Spans.snapToWords(article.cleanText(), a.startCp(), Math.max(cp, a.startCp() + 1))[1]
                : a.endCp();
        if (start >= end || start == a.startCp() && end == a.endCp()) {
            markDraggable(a);
            return;
        }
        try {
            var d = a.draft();
            Annotation moved = annotations.update(a.id(), a.version(), new org.corpusdesk.annotation.AnnotationDraft(
                    d.labelId(), start, end, d.claimTypeId(), d.figure(), d.figureUnit(), d.figureQualifier(), d.verdictId(),
                    d.note(), d.sourceId(), d.claimId()));
            refreshAnnotations();
            panel.select(moved);
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException
                | org.corpusdesk.annotation.AnnotationConflictException problem) {
            Notification.show(problem.getMessage());
        }
    }

    /** Moves an edge of the span selected in the side panel by one word and keeps it selected. */
    void moveEdge(Spans.Edge edge, boolean forward) {
        Annotation a = panel.selected();
        if (a == null) {
            Notification.show("Select a span first (click it in the text)");
            return;
        }
        try {
            Annotation moved = annotations.moveEdge(a.id(), a.version(), edge, forward);
            refreshAnnotations();
            panel.select(moved);
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException
                | org.corpusdesk.annotation.AnnotationConflictException problem) {
            Notification.show(problem.getMessage());
        }
    }

    /** Marks the article done (when the editor may) and opens the next one of the queue. */
    private void doneAndNext() {
        if (article == null) {
            return;
        }
        ArticleStatus s = article.metadata().status();
        if (s == ArticleStatus.NEW || s == ArticleStatus.IN_PROGRESS) {
            try {
                article = articles.setStatus(article.id(), article.version(), ArticleStatus.DONE);
            } catch (org.corpusdesk.article.ArticleConflictException
                    | org.springframework.security.access.AccessDeniedException problem) {
                Notification.show(problem.getMessage());
                return;
            }
        }
        go(true);
    }

    private void go(boolean forward) {
        if (article == null) {
            return;
        }
        // an editor moves through their own assignments first, then the whole queue
        java.util.Optional<Long> next = currentUser.has(Role.CURATOR) ? java.util.Optional.empty()
                : articles.neighbour(article.id(), forward, currentUser.id());
        (next.isPresent() ? next : articles.neighbour(article.id(), forward, null)).ifPresentOrElse(
                id -> getUI().ifPresent(ui -> ui.navigate(ArticleView.class, id)),
                () -> Notification.show(forward ? "This is the last article" : "This is the first article"));
    }

    /** Every active label's guidelines (Markdown rendered safely), as the Guidelines tab and the key help show them. */
    private com.vaadin.flow.component.Component guidelines() {
        StringBuilder html = new StringBuilder("<div class=\"guidelines\">");
        for (Label label : labels) {
            html.append("<h4 style=\"border-left: 4px solid ").append(label.colour()).append("; padding-left: 6px\">")
                    .append(org.corpusdesk.annotation.Guidelines.escape(label.name()))
                    .append(label.hotkey() == null ? "" : " (" + org.corpusdesk.annotation.Guidelines.escape(label.hotkey()) + ")")
                    .append("</h4>");
            String rendered = org.corpusdesk.annotation.Guidelines.html(label.guidelines());
            html.append(rendered.isEmpty() ? "<p>" + org.corpusdesk.annotation.Guidelines.escape(
                    label.description() == null ? "No guidelines yet." : label.description()) + "</p>" : rendered);
        }
        com.vaadin.flow.component.Html shown = new com.vaadin.flow.component.Html(html.append("</div>").toString());
        shown.setId("label-guidelines-view");
        return shown;
    }

    private void keyHelp() {
        Dialog d = new Dialog();
        d.setHeaderTitle("Keyboard");
        VerticalLayout rows = new VerticalLayout();
        for (Label label : labels) {
            if (label.hotkey() != null) {
                rows.add(new Span(label.hotkey() + " — tag the selection as " + label.name()));
            }
        }
        rows.add(new Span("Tab to the text, then ← → move word by word, Shift+← → select, Home goes to the start"),
                new Span("Esc — cancel the selection"), new Span("j / k (in the text) or Alt+N / Alt+P — next / previous article"),
                new Span("d (in the text) — mark done and open the next article"),
                new Span("a — attribute the selected claim to a source (and cue); Alt+click a source or cue does the same"),
                new Span("Drag the selected (outlined) span's first or last letter to another word to move that edge"),
                new Span(", / . — move the selected span's end a word left / right; Shift+, / Shift+. — its start"),
                new Span("Click a highlighted span — select it in the side panel"));
        d.add(rows, new H3("Guidelines"), guidelines());
        d.setMaxWidth("60em");
        d.getFooter().add(new Button("Close", e -> d.close()));
        d.open();
    }

    ArticleDetail article() {
        return article;
    }
}

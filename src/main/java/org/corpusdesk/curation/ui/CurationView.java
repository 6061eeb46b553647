package org.corpusdesk.curation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.corpusdesk.annotation.Guidelines;
import org.corpusdesk.curation.CurationService;
import org.corpusdesk.curation.CurationSheet;
import org.corpusdesk.curation.CurationSheet.AttributionVariant;
import org.corpusdesk.curation.CurationSheet.Variant;

/**
 * Curation of one article: its editors' spans merged over the text (agreed units green, conflicts orange, what gold
 * holds underlined), every variant in a list grouped by unit, and keys to accept a span (g), a layer (1–9), every
 * agreed span (a), to take a span out of gold (x), to mark the article curated (c) and to go on to the next (n).
 * Without an article id it lists the articles waiting for curation.
 */
@Route("curate")
@PageTitle("Curation · Corpus Desk")
@RolesAllowed("CURATOR")
public class CurationView extends VerticalLayout implements HasUrlParameter<Long> {

    final H2 title = new H2();
    final Paragraph summary = new Paragraph();
    final Div text = new Div();
    final Grid<Variant> spans = new Grid<>();
    final Grid<AttributionVariant> attributions = new Grid<>();
    final HorizontalLayout layerButtons = new HorizontalLayout();
    final Button acceptAgreed = new Button("Accept agreed (a)");
    final Button acceptSelected = new Button("Accept selected (g)");
    final Button removeSelected = new Button("Remove from gold (x)");
    final Button markCurated = new Button("Mark curated (c)");
    final Anchor editGold = new Anchor();
    final Button next = new Button("Next to curate (n)");
    final Grid<CurationService.Candidate> waiting = new Grid<>();
    final Paragraph noAttributions = new Paragraph("No attributions in any layer.");
    final Span legend = new Span();
    private final CurationService curation;
    private CurationSheet sheet;

    public CurationView(CurationService curation) {
        this.curation = curation;
        setSizeFull();
        text.setId("curation-text");
        text.getStyle().set("white-space", "pre-wrap").set("line-height", "1.7").set("max-height", "45vh")
                .set("box-sizing", "border-box")
                .set("overflow", "auto").set("border", "1px solid var(--lumo-contrast-20pct)").set("padding", "0.5em 1em");
        text.setWidthFull();
        String unitOfClick = "Number(event.target.dataset.unit)";
        text.getElement().addEventListener("click", e -> selectUnit(e.getEventData().get(unitOfClick).asInt()))
                .addEventData(unitOfClick).setFilter("event.target.dataset.unit !== undefined");
        spans.setId("curation-spans");
        spans.addColumn(v -> v.unit() + 1).setHeader("Unit").setAutoWidth(true).setFlexGrow(0);
        spans.addColumn(v -> state(v)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        spans.addColumn(Variant::label).setHeader("Label").setAutoWidth(true).setFlexGrow(0);
        spans.addColumn(Variant::text).setHeader("Text").setFlexGrow(3);
        spans.addColumn(v -> v.annotators().isEmpty() ? "(gold only)" : String.join(", ", v.annotators()) + " · "
                + v.annotators().size() + "/" + sheet.layers().size()).setHeader("Editors").setFlexGrow(1);
        spans.addColumn(v -> v.inGold() ? "✓ gold" : "").setHeader("Gold").setWidth("7em").setFlexGrow(0);
        spans.setPartNameGenerator(v -> isConflict(v) ? "conflict" : "agreed");
        spans.setSelectionMode(Grid.SelectionMode.SINGLE);
        attributions.setId("curation-attributions");
        attributions.addColumn(AttributionVariant::claimText).setHeader("Claim").setFlexGrow(3);
        attributions.addColumn(a -> a.sourceText() == null ? "(no source)" : a.sourceText()).setHeader("Source").setFlexGrow(2);
        attributions.addColumn(a -> a.annotators().isEmpty() ? "(gold only)" : String.join(", ", a.annotators()))
                .setHeader("Editors").setFlexGrow(1);
        attributions.addColumn(a -> a.agreed() ? "agreed" : "").setHeader("").setAutoWidth(true).setFlexGrow(0);
        attributions.addComponentColumn(this::attributionAction).setHeader("Gold").setAutoWidth(true).setFlexGrow(0);
        attributions.setAllRowsVisible(true);
        acceptAgreed.setId("accept-agreed");
        acceptAgreed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acceptAgreed.addClickListener(e -> acceptAgreed());
        acceptSelected.setId("accept-selected");
        acceptSelected.addClickListener(e -> acceptSelected());
        removeSelected.setId("remove-selected");
        removeSelected.addClickListener(e -> removeSelected());
        markCurated.setId("mark-curated");
        markCurated.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        markCurated.addClickListener(e -> markCurated());
        editGold.setText("Edit gold in the editor");
        next.setId("next-to-curate");
        next.addClickListener(e -> nextToCurate());
        Shortcuts.addShortcutListener(this, this::nextToCurate, Key.KEY_N);
        Shortcuts.addShortcutListener(this, this::acceptAgreed, Key.KEY_A);
        Shortcuts.addShortcutListener(this, this::acceptSelected, Key.KEY_G);
        Shortcuts.addShortcutListener(this, this::removeSelected, Key.KEY_X);
        Shortcuts.addShortcutListener(this, this::markCurated, Key.KEY_C);
        for (int i = 1; i <= 9; i++) {
            int layer = i - 1;
            Shortcuts.addShortcutListener(this, () -> acceptLayer(layer), Key.of(String.valueOf(i)));
        }
        waiting.setId("curation-waiting");
        waiting.addComponentColumn(c -> new RouterLink(c.title() == null ? "(no title)" : c.title(), CurationView.class,
                c.id())).setHeader("Article").setFlexGrow(3);
        waiting.addColumn(CurationService.Candidate::layers).setHeader("Editors' layers").setAutoWidth(true);
        waiting.addColumn(c -> c.status().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).setHeader("Status")
                .setAutoWidth(true);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        removeAll();
        if (id == null) {
            title.setText("Articles to curate");
            List<CurationService.Candidate> candidates = curation.toCurate(500);
            waiting.setItems(candidates);
            add(title, new Paragraph(candidates.isEmpty() ? "No article has two or more editors' layers waiting for "
                    + "curation. Share articles among editors on the queue (Share among editors…) to double-annotate."
                    : "Articles with two or more editors' layers that are not curated, approved or rejected yet."), waiting);
            return;
        }
        sheet = curation.sheet(id);
        editGold.setHref("article/" + id + "?layer=gold");
        HorizontalLayout actions = new HorizontalLayout(acceptAgreed, acceptSelected, removeSelected, markCurated, next,
                editGold);
        actions.setAlignItems(Alignment.BASELINE);
        legend.getElement().setProperty("innerHTML", "<mark style=\"background:#c8efc8\">every editor marked it alike</mark> "
                + "<mark style=\"background:#ffd8a8\">editors differ</mark> <span style=\"border-bottom:3px solid #d4a017\">"
                + "gold holds a span there</span> · click a marked stretch to select its spans below");
        legend.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(title, summary, actions, layerButtons, legend, text, spans, new H3("Attributions"), noAttributions, attributions);
        show();
    }

    private void show() {
        title.setText("Curate: " + (sheet.title() == null ? "(no title)" : sheet.title()));
        long conflicts = sheet.conflictUnits();
        summary.setText(sheet.layers().size() + " editors' layers (" + String.join(", ", sheet.layers()) + "); "
                + sheet.units().size() + " units, " + sheet.agreedUnits() + " agreed, " + conflicts + " in conflict; gold "
                + "layer: " + sheet.goldSpans() + (sheet.goldSpans() == 1 ? " span" : " spans") + "; status " + sheet.status().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ".");
        layerButtons.removeAll();
        for (int i = 0; i < sheet.layers().size(); i++) {
            int layer = i;
            Button b = new Button("Accept " + sheet.layers().get(i) + "'s layer" + (i < 9 ? " (" + (i + 1) + ")" : ""),
                    e -> acceptLayer(layer));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setId("accept-layer-" + sheet.layers().get(i));
            layerButtons.add(b);
        }
        text.getElement().setProperty("innerHTML", html(sheet));
        List<Variant> variants = sheet.variants();
        spans.setItems(variants);
        // a short list takes its rows' height; a long one scrolls within 40% of the window
        spans.setAllRowsVisible(variants.size() <= 12);
        if (variants.size() > 12) {
            spans.setHeight("40vh");
        }
        attributions.setItems(sheet.attributions());
        attributions.setVisible(!sheet.attributions().isEmpty());
        noAttributions.setVisible(sheet.attributions().isEmpty());
    }

    /**
     * The text with its units marked, overlapping units (a Source inside a Content span) as one region: green when all
     * its units are agreed, orange when one is in conflict, underlined once gold holds a span there. A click on a
     * region selects its first unit.
     */
    public static String html(CurationSheet sheet) {
        String t = sheet.text();
        StringBuilder html = new StringBuilder(t.length() * 2);
        List<CurationSheet.Unit> units = sheet.units().stream()
                .sorted(java.util.Comparator.comparingInt(CurationSheet.Unit::start)).toList();
        int cp = 0;
        int at = 0;
        for (int i = 0; i < units.size(); ) {
            List<CurationSheet.Unit> region = new java.util.ArrayList<>(List.of(units.get(i)));
            int end = units.get(i).end();
            for (i++; i < units.size() && units.get(i).start() < end; i++) {
                region.add(units.get(i));
                end = Math.max(end, units.get(i).end());
            }
            int start = region.getFirst().start();
            int from = t.offsetByCodePoints(at, start - cp);
            int to = t.offsetByCodePoints(from, end - start);
            boolean agreed = region.stream().allMatch(CurationSheet.Unit::agreed);
            boolean gold = region.stream().flatMap(u -> u.variants().stream()).anyMatch(Variant::inGold);
            html.append(Guidelines.escape(t.substring(at, from)));
            html.append("<mark data-unit=\"").append(region.getFirst().index()).append("\" class=\"")
                    .append(agreed ? "agreed" : "conflict").append("\" style=\"cursor:pointer;background:")
                    .append(agreed ? "#c8efc8" : "#ffd8a8").append(gold ? ";border-bottom:3px solid #d4a017" : "")
                    .append("\" title=\"").append(Guidelines.escape(region.stream().flatMap(u -> u.variants().stream())
                            .map(v -> v.label() + " \u201c" + v.text() + "\u201d: " + (v.annotators().isEmpty() ? "gold only"
                                    : String.join(", ", v.annotators())) + (v.inGold() ? " \u2713 gold" : ""))
                            .collect(java.util.stream.Collectors.joining("\n")))).append("\">")
                    .append(Guidelines.escape(t.substring(from, to))).append("</mark>");
            at = to;
            cp = end;
        }
        html.append(Guidelines.escape(t.substring(at)));
        return html.toString();
    }

    /** A click on a region of the text selects its first unit's first variant; its others are the rows right below. */
    private void selectUnit(int unit) {
        sheet.variants().stream().filter(v -> v.unit() == unit).findFirst().ifPresent(v -> {
            spans.select(v);
            spans.scrollToItem(v);
        });
    }

    private void acceptAgreed() {
        run(() -> curation.acceptAgreed(sheet.articleId()) + " agreed span(s) accepted into gold");
    }

    private void acceptSelected() {
        List<Long> ids = spans.getSelectedItems().stream().filter(v -> !v.spanIds().isEmpty()).map(v -> v.spanIds().getFirst())
                .toList();
        if (ids.isEmpty()) {
            Notification.show("Select a span first (click it in the text or tick its row)");
            return;
        }
        run(() -> curation.acceptSpans(sheet.articleId(), ids, true) + " span(s) accepted into gold");
    }

    private void removeSelected() {
        List<Long> ids = spans.getSelectedItems().stream().filter(Variant::inGold).map(Variant::goldSpanId).toList();
        if (ids.isEmpty()) {
            Notification.show("Select a span that gold holds first");
            return;
        }
        run(() -> curation.removeFromGold(sheet.articleId(), ids) + " span(s) taken out of gold");
    }

    private void acceptLayer(int index) {
        if (sheet == null || index >= sheet.layers().size()) {
            return;
        }
        String layer = sheet.layers().get(index);
        run(() -> curation.acceptLayer(sheet.articleId(), layer) + " span(s) of " + layer + "'s layer accepted into gold");
    }

    private void markCurated() {
        run(() -> {
            curation.markCurated(sheet.articleId());
            return "Article marked curated";
        });
    }

    private void nextToCurate() {
        if (sheet == null) {
            return;
        }
        curation.nextToCurate(sheet.articleId()).ifPresentOrElse(
                id -> getUI().ifPresent(ui -> ui.navigate(CurationView.class, id)),
                () -> Notification.show("No article after this one is waiting for curation"));
    }

    private Button attributionAction(AttributionVariant a) {
        Button b = a.inGold()
                ? new Button("Remove", e -> run(() -> {
                    curation.removeGoldAttribution(sheet.articleId(), a.goldAttributionId());
                    return "Attribution taken out of gold";
                }))
                : new Button("Accept", e -> run(() -> {
                    curation.acceptAttributions(sheet.articleId(), List.of(a.attributionIds().getFirst()));
                    return "Attribution accepted into gold with its spans";
                }));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, a.inGold() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    private void run(Supplier<String> change) {
        if (sheet == null) {
            return;
        }
        try {
            String done = change.get();
            sheet = curation.sheet(sheet.articleId());
            show();
            Notification.show(done);
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException problem) {
            Notification.show(problem.getMessage());
        }
    }

    private static boolean isConflict(Variant v) {
        return !v.agreed();
    }

    private static String state(Variant v) {
        return v.agreed() ? "agreed" : v.annotators().isEmpty() ? "gold" : "conflict";
    }
}

package org.corpusdesk.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.corpusdesk.annotation.Annotation;
import org.corpusdesk.annotation.AnnotationConflictException;
import org.corpusdesk.annotation.AnnotationDraft;
import org.corpusdesk.annotation.AnnotationService;
import org.corpusdesk.annotation.Attribution;
import org.corpusdesk.annotation.DeletedSpan;
import org.corpusdesk.annotation.Figure;
import org.corpusdesk.annotation.FigureParser;
import org.corpusdesk.annotation.Label;
import org.corpusdesk.annotation.LabelKind;
import org.corpusdesk.annotation.LabelSchemaService;
import org.corpusdesk.annotation.SchemaValue;
import org.corpusdesk.registry.ClaimRegistryService;
import org.corpusdesk.registry.RegistryClaim;
import org.corpusdesk.registry.RegistrySource;
import org.corpusdesk.registry.SourceKind;
import org.corpusdesk.registry.SourceRegistryService;

/**
 * The side panel of the article view: the article's annotations, and an editor for the selected one (label,
 * claim attributes, attributed source and cue, registry links), with delete and undo.
 */
public class AnnotationPanel extends VerticalLayout {

    private final AnnotationService annotations;
    private final SourceRegistryService sources;
    private final ClaimRegistryService claims;
    private final Runnable changed;
    final Grid<Annotation> grid = new Grid<>();
    final VerticalLayout editor = new VerticalLayout();
    final Select<Label> label = new Select<>();
    final Select<SchemaValue> claimType = new Select<>();
    final BigDecimalField figure = new BigDecimalField("Figure");
    final TextField unit = new TextField("Unit");
    final TextField qualifier = new TextField("Qualifier");
    final Select<SchemaValue> verdict = new Select<>();
    final TextArea note = new TextArea("Note");
    final Select<Annotation> attributedSource = new Select<>();
    final Select<Annotation> attributedCue = new Select<>();
    final ComboBox<RegistrySource> registrySource = new ComboBox<>("Canonical source");
    final ComboBox<RegistryClaim> registryClaim = new ComboBox<>("Canonical claim");
    final Span appearances = new Span();
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");
    private final List<SchemaValue> claimTypes;
    private final List<SchemaValue> verdicts;
    private List<Annotation> current = List.of();
    private List<Attribution> attributions = List.of();
    private Annotation selected;
    private Consumer<Annotation> onSelect = a -> { };
    private Consumer<Annotation> onShown = a -> { };
    private java.util.function.BiConsumer<org.corpusdesk.annotation.Spans.Edge, Boolean> onMoveEdge = (edge, forward) -> { };

    public AnnotationPanel(AnnotationService annotations, LabelSchemaService schema, SourceRegistryService sources,
            ClaimRegistryService claims, Runnable changed) {
        this.annotations = annotations;
        this.sources = sources;
        this.claims = claims;
        this.changed = changed;
        this.claimTypes = schema.claimTypes().stream().filter(SchemaValue::active).toList();
        this.verdicts = schema.verdicts().stream().filter(SchemaValue::active).toList();
        setPadding(false);
        grid.setId("annotations-grid");
        grid.addComponentColumn(a -> LabelSchemaView.swatch(a.colour())).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Annotation::label).setHeader("Label").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Annotation::text).setHeader("Text").setFlexGrow(3);
        grid.addColumn(a -> a.editable() ? a.annotator() : a.annotator() + " (read-only)").setHeader("By");
        grid.setHeight("16em");
        grid.asSingleSelect().addValueChangeListener(e -> {
            show(e.getValue());
            onShown.accept(e.getValue());
            if (e.isFromClient() && e.getValue() != null) {
                onSelect.accept(e.getValue());
            }
        });

        label.setLabel("Label");
        label.setItems(schema.labels().stream().filter(Label::active).toList());
        label.setItemLabelGenerator(Label::name);
        claimType.setLabel("Claim type");
        claimType.setItems(claimTypes);
        claimType.setItemLabelGenerator(v -> v == null ? "" : v.name());
        claimType.setEmptySelectionAllowed(true);
        verdict.setLabel("Verdict");
        verdict.setItems(verdicts);
        verdict.setItemLabelGenerator(v -> v == null ? "" : v.name());
        verdict.setEmptySelectionAllowed(true);
        attributedSource.setId("attributed-source");
        registrySource.setId("registry-source");
        attributedSource.setLabel("Attributed to (source span)");
        attributedSource.setItemLabelGenerator(a -> a == null ? "" : a.text());
        attributedSource.setItems(List.of());
        attributedSource.setEmptySelectionAllowed(true);
        attributedCue.setLabel("Through (cue span)");
        attributedCue.setItemLabelGenerator(a -> a == null ? "" : a.text());
        attributedCue.setItems(List.of());
        attributedCue.setEmptySelectionAllowed(true);
        registrySource.setItems(q -> sources.search(q.getFilter().orElse(""), q.getLimit() + q.getOffset()).stream()
                .skip(q.getOffset()));
        registrySource.setItemLabelGenerator(s -> s.name() + (s.aliases().size() > 1 ? " (" + (s.aliases().size() - 1) + " aliases)" : ""));
        registrySource.setClearButtonVisible(true);
        registryClaim.setItems(q -> claims.search(q.getFilter().orElse(""), q.getLimit() + q.getOffset()).stream()
                .skip(q.getOffset()));
        registryClaim.setItemLabelGenerator(RegistryClaim::statement);
        registryClaim.setClearButtonVisible(true);
        registryClaim.addValueChangeListener(e -> appearances.setText(e.getValue() == null ? ""
                : "Also " + e.getValue().appearances()));
        save.setId("annotation-save");
        unit.setId("figure-unit");
        delete.setId("annotation-delete");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveSelected());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> deleteSelected());
        editor.setPadding(false);
        editor.setVisible(false);
        add(grid, editor);
    }

    /** Who moves the selected span's edges (the article view, which redraws the text). */
    public void onMoveEdge(java.util.function.BiConsumer<org.corpusdesk.annotation.Spans.Edge, Boolean> listener) {
        onMoveEdge = listener;
    }

    /** Told of every selection, from the grid or the text (null: none). */
    public void onShown(Consumer<Annotation> listener) {
        onShown = listener;
    }

    public void onSelect(Consumer<Annotation> listener) {
        this.onSelect = listener;
    }

    public void setAnnotations(List<Annotation> shown, List<Attribution> links) {
        Long keep = selected == null ? null : selected.id();
        this.current = shown;
        this.attributions = links;
        grid.setItems(shown);
        Annotation again = keep == null ? null : shown.stream().filter(a -> a.id() == keep).findFirst().orElse(null);
        if (again != null) {
            grid.select(again);
        } else {
            show(null);
        }
    }

    public void select(Annotation a) {
        grid.select(a);
    }

    public Annotation selected() {
        return selected;
    }

    private void show(Annotation a) {
        selected = a;
        editor.removeAll();
        editor.setVisible(a != null);
        if (a == null) {
            return;
        }
        label.setValue(label.getListDataView().getItems().filter(l -> l.id() == a.labelId()).findFirst().orElse(null));
        editor.add(new Paragraph("“" + a.text() + "” · " + a.startCp() + "–" + a.endCp()
                + (a.fragments() == null ? "" : " · fragments " + a.fragmentRanges()) + " · by " + a.annotator()), label);
        if (a.editable() && a.fragments() == null) {
            editor.add(edgeButtons());
        }
        if (a.kind() == LabelKind.CLAIM) {
            claimType.setValue(find(claimTypes, a.claimTypeId()));
            verdict.setValue(find(verdicts, a.verdictId()));
            Figure parsed = a.figure() == null ? FigureParser.parse(a.text()).orElse(null) : null;
            figure.setValue(a.figure() != null ? a.figure() : parsed == null ? null : parsed.value());
            // read from the text, and said to be: nothing looks saved that is not
            figure.setHelperText(a.figure() == null && parsed != null ? "Read from the text: not saved until you press Save"
                    : null);
            unit.setValue(Objects.requireNonNullElse(a.figure() != null ? a.figureUnit() : parsed == null ? null : parsed.unit(), ""));
            qualifier.setValue(Objects.requireNonNullElse(a.figure() != null ? a.figureQualifier()
                    : parsed == null ? null : parsed.qualifier(), ""));
            List<Annotation> sourceSpans = current.stream().filter(x -> x.kind() == LabelKind.SOURCE).toList();
            List<Annotation> cueSpans = current.stream().filter(x -> x.kind() == LabelKind.CUE).toList();
            attributedSource.setItems(sourceSpans);
            attributedCue.setItems(cueSpans);
            Attribution link = attributions.stream().filter(t -> t.claimAnnotationId() == a.id()).findFirst().orElse(null);
            attributedSource.setValue(link == null ? null
                    : sourceSpans.stream().filter(s -> Objects.equals(s.id(), link.sourceAnnotationId())).findFirst().orElse(null));
            attributedCue.setValue(link == null || link.cueAnnotationId() == null ? null
                    : cueSpans.stream().filter(s -> s.id() == link.cueAnnotationId()).findFirst().orElse(null));
            registryClaim.setValue(a.claimId() == null ? null : claims.get(a.claimId()).orElse(null));
            Button newClaim = new Button("New canonical claim", e -> createClaim(a));
            editor.add(claimType, wrapping(qualifier, figure, unit), verdict, attributedSource, attributedCue,
                    wrapping(registryClaim, newClaim), appearances);
        } else if (a.kind() == LabelKind.SOURCE) {
            registrySource.setValue(a.sourceId() == null ? null : sources.get(a.sourceId()).orElse(null));
            registrySource.setHelperText(null);
            if (a.sourceId() == null) {
                // a suggestion, and said to be one: nothing looks saved that is not
                sources.byAlias(a.text()).ifPresent(suggested -> {
                    registrySource.setValue(suggested);
                    registrySource.setHelperText("Suggested from its spelling: not saved until you press Save");
                });
            }
            Button create = new Button("Create entry", e -> createSource(a));
            create.setId("create-source");
            editor.add(wrapping(registrySource, create));
        }
        note.setValue(Objects.requireNonNullElse(a.note(), ""));
        editor.add(note);
        save.setEnabled(a.editable());
        delete.setEnabled(a.editable());
        editor.add(new HorizontalLayout(save, delete));
        shownForm = formState(a);
    }

    /** The form as {@link #show} filled it: what the editor changed since is unsaved. */
    private List<Object> shownForm = List.of();

    private List<Object> formState(Annotation a) {
        AnnotationDraft d = formDraft(a);
        return java.util.Arrays.asList(d.labelId(), d.claimTypeId(), d.figure(), d.figureUnit(), d.figureQualifier(),
                d.verdictId(), d.note(), d.sourceId(), d.claimId(),
                attributedSource.getValue() == null ? null : attributedSource.getValue().id(),
                attributedCue.getValue() == null ? null : attributedCue.getValue().id());
    }

    /** A row that wraps in a narrow panel (1280 px screens) instead of cutting its last field off. */
    private static HorizontalLayout wrapping(com.vaadin.flow.component.Component... items) {
        HorizontalLayout row = new HorizontalLayout(items);
        row.setWrap(true);
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** Start ◀ ▶ and end ◀ ▶: the selected span's edges a word at a time (also , . and Shift+, Shift+. in the text). */
    private HorizontalLayout edgeButtons() {
        HorizontalLayout row = new HorizontalLayout(new Span("Start"),
                edgeButton("◀", "edge-start-left", org.corpusdesk.annotation.Spans.Edge.START, false),
                edgeButton("▶", "edge-start-right", org.corpusdesk.annotation.Spans.Edge.START, true),
                new Span("End"),
                edgeButton("◀", "edge-end-left", org.corpusdesk.annotation.Spans.Edge.END, false),
                edgeButton("▶", "edge-end-right", org.corpusdesk.annotation.Spans.Edge.END, true));
        row.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return row;
    }

    private Button edgeButton(String text, String id, org.corpusdesk.annotation.Spans.Edge edge, boolean forward) {
        Button b = new Button(text, e -> onMoveEdge.accept(edge, forward));
        b.setId(id);
        b.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        b.setTooltipText((edge == org.corpusdesk.annotation.Spans.Edge.START ? "Start" : "End") + " one word "
                + (forward ? "right" : "left"));
        return b;
    }

    private static SchemaValue find(List<SchemaValue> values, Long id) {
        return id == null ? null : values.stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
    }

    /** The selected span's fields as the form now has them. */
    private AnnotationDraft formDraft(Annotation a) {
        return new AnnotationDraft(label.getValue() == null ? a.labelId() : label.getValue().id(),
                a.startCp(), a.endCp(),
                a.kind() == LabelKind.CLAIM && claimType.getValue() != null ? claimType.getValue().id() : null,
                a.kind() == LabelKind.CLAIM ? figure.getValue() : null,
                a.kind() == LabelKind.CLAIM ? blank(unit.getValue()) : null,
                a.kind() == LabelKind.CLAIM ? blank(qualifier.getValue()) : null,
                a.kind() == LabelKind.CLAIM && verdict.getValue() != null ? verdict.getValue().id() : null,
                blank(note.getValue()),
                a.kind() == LabelKind.SOURCE && registrySource.getValue() != null ? registrySource.getValue().id() : null,
                a.kind() == LabelKind.CLAIM && registryClaim.getValue() != null ? registryClaim.getValue().id() : null);
    }

    /** Whether the editor changed the selected span's fields since they were shown, without saving. */
    public boolean hasUnsavedChanges() {
        Annotation a = selected;
        return a != null && a.editable() && !formState(a).equals(shownForm);
    }

    void saveSelected() {
        Annotation a = selected;
        if (a == null) {
            return;
        }
        AnnotationDraft draft = formDraft(a);
        try {
            annotations.update(a.id(), a.version(), draft);
            if (a.kind() == LabelKind.CLAIM) {
                saveAttribution(a);
            }
            Notification.show("Saved");
        } catch (AnnotationConflictException conflict) {
            error(conflict.getMessage() + (conflict.current() == null ? "" : ": reloaded; your edit was not saved, apply it again"));
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException problem) {
            error(problem.getMessage());
        }
        changed.run();
    }

    private void saveAttribution(Annotation claim) {
        Attribution link = attributions.stream().filter(t -> t.claimAnnotationId() == claim.id()).findFirst().orElse(null);
        Annotation source = attributedSource.getValue();
        Annotation cue = attributedCue.getValue();
        if (source == null) {
            if (link != null) {
                annotations.removeAttribution(link.id());
            }
            return;
        }
        Long cueId = cue == null ? null : cue.id();
        if (link == null || !Objects.equals(link.sourceAnnotationId(), source.id()) || !Objects.equals(link.cueAnnotationId(), cueId)) {
            annotations.attribute(claim.id(), source.id(), cueId);
        }
    }

    /** Deletes the selected span; when attributions depend on it, says what will go and asks first. */
    void deleteSelected() {
        Annotation a = selected;
        if (a == null) {
            return;
        }
        List<String> dependents = annotations.dependents(a.id());
        if (dependents.isEmpty()) {
            delete(a);
            return;
        }
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        confirm.setId("confirm-delete");
        confirm.setHeader("Delete " + a.label() + " “" + a.text() + "”?");
        confirm.setText("This also changes: " + String.join("; ", dependents) + ". Undo brings all of it back.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete(a));
        confirm.open();
    }

    private void delete(Annotation a) {
        try {
            DeletedSpan deleted = annotations.delete(a.id(), a.version());
            Notification n = new Notification();
            Button undo = new Button("Undo", e -> {
                try {
                    annotations.restore(deleted);
                } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException problem) {
                    error(problem.getMessage());
                }
                n.close();
                changed.run();
            });
            undo.setId("undo-delete");
            int links = deleted.links().size();
            n.add(new HorizontalLayout(new Span("Deleted " + a.label() + " “" + a.text() + "”"
                    + (links == 0 ? "" : " and changed " + links + " attribution(s)")), undo));
            n.setDuration(10000);
            n.open();
        } catch (AnnotationConflictException | org.springframework.security.access.AccessDeniedException problem) {
            error(problem.getMessage());
        }
        changed.run();
    }

    private void createSource(Annotation mention) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New canonical source");
        dialog.setId("new-source-dialog");
        TextField name = new TextField("Name", mention.text(), "");
        Select<SourceKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(SourceKind.values());
        kind.setValue(SourceKind.OTHER);
        TextField country = new TextField("Country");
        TextField aliases = new TextField("Other spellings (comma-separated)");
        aliases.setValue(mention.text().equals(name.getValue()) ? "" : mention.text());
        Button create = new Button("Create", e -> {
            try {
                List<String> all = new java.util.ArrayList<>(List.of(aliases.getValue().split(",")));
                all.add(mention.text());
                RegistrySource created = sources.create(name.getValue(), kind.getValue(), country.getValue(), all);
                registrySource.setValue(created);
                dialog.close();
            } catch (IllegalArgumentException problem) {
                name.setErrorMessage(problem.getMessage());
                name.setInvalid(true);
            }
        });
        create.setId("create-source-confirm");
        dialog.add(new VerticalLayout(name, kind, country, aliases));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
        dialog.open();
    }

    private void createClaim(Annotation claim) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New canonical claim");
        TextArea statement = new TextArea("Statement", claim.text(), "");
        statement.setWidth("28em");
        TextField subject = new TextField("Subject (what it is about)");
        Button create = new Button("Create", e -> {
            try {
                RegistryClaim created = claims.create(statement.getValue(), subject.getValue(),
                        claimType.getValue() == null ? null : claimType.getValue().id(),
                        verdict.getValue() == null ? null : verdict.getValue().id());
                registryClaim.setValue(created);
                dialog.close();
            } catch (IllegalArgumentException problem) {
                statement.setErrorMessage(problem.getMessage());
                statement.setInvalid(true);
            }
        });
        dialog.add(new VerticalLayout(statement, subject));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), create);
        dialog.open();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}

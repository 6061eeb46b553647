package org.corpusdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;
import org.corpusdesk.article.ArticleConflictException;
import org.corpusdesk.article.ArticleDetail;
import org.corpusdesk.article.ArticleEditService;
import org.corpusdesk.article.ArticleMetadata;
import org.corpusdesk.article.ArticleStatus;
import org.corpusdesk.article.MetadataRevision;

/** The metadata form: every save writes one revision per changed field; the history shows who changed what. */
class MetadataPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ArticleEditService articles;
    private final Consumer<ArticleDetail> saved;
    final TextField title = new TextField("Title");
    final TextField outlet = new TextField("Outlet");
    final TextField author = new TextField("Author");
    final TextField url = new TextField("URL");
    final DatePicker published = new DatePicker("Published");
    final TextField language = new TextField("Language");
    final TextField dateline = new TextField("Dateline");
    final TextField credit = new TextField("Credit line");
    final CheckboxGroup<String> flags = new CheckboxGroup<>("Flags");
    final Select<ArticleStatus> status = new Select<>();
    final TextField duplicateOf = new TextField("Duplicate of (article #)");
    final TextField reason = new TextField("Reason for the change (optional)");
    final Button save = new Button("Save metadata");
    final Grid<MetadataRevision> history = new Grid<>();
    final Paragraph readOnly = new Paragraph();
    private ArticleDetail base;

    MetadataPanel(ArticleEditService articles, Consumer<ArticleDetail> saved) {
        this.articles = articles;
        this.saved = saved;
        setPadding(false);
        title.setId("meta-title");
        outlet.setId("meta-outlet");
        save.setId("meta-save");
        status.setLabel("Status");
        status.setItems(ArticleStatus.values());
        status.setItemLabelGenerator(MetadataPanel::words);
        flags.setItems(ArticleMetadata.KNOWN_FLAGS.stream().sorted().toList());
        flags.setItemLabelGenerator(MetadataPanel::words);
        // typed ISO dates (2020-10-31) as well as the locale's own
        DatePicker.DatePickerI18n dates = new DatePicker.DatePickerI18n();
        dates.setDateFormats("yyyy-MM-dd", "d.M.yyyy", "M/d/yyyy", "d MMM yyyy");
        published.setI18n(dates);
        published.setId("meta-published");
        readOnly.setId("meta-read-only");
        readOnly.setVisible(false);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        FormLayout form = new FormLayout(title, outlet, author, url, published, language, dateline, credit, status,
                duplicateOf, flags, reason);
        form.setColspan(title, 2);
        form.setColspan(url, 2);
        form.setColspan(flags, 2);
        form.setColspan(reason, 2);
        history.setId("metadata-history");
        history.addColumn(r -> WHEN.format(r.changedAt())).setHeader("When").setAutoWidth(true);
        history.addColumn(MetadataRevision::changedBy).setHeader("Who").setAutoWidth(true);
        history.addColumn(MetadataRevision::field).setHeader("Field").setAutoWidth(true);
        history.addColumn(r -> Objects.requireNonNullElse(r.oldValue(), "—") + " → " + Objects.requireNonNullElse(r.newValue(), "—"))
                .setHeader("Change").setFlexGrow(3);
        history.addColumn(r -> Objects.requireNonNullElse(r.reason(), "")).setHeader("Reason");
        history.setHeight("14em");
        add(readOnly, form, save, new H4("History"), history);
    }

    void show(ArticleDetail article) {
        base = article;
        ArticleMetadata m = article.metadata();
        title.setValue(Objects.requireNonNullElse(m.title(), ""));
        outlet.setValue(Objects.requireNonNullElse(m.outlet(), ""));
        author.setValue(Objects.requireNonNullElse(m.author(), ""));
        url.setValue(Objects.requireNonNullElse(m.url(), ""));
        published.setValue(m.publishedOn());
        language.setValue(Objects.requireNonNullElse(m.language(), ""));
        dateline.setValue(Objects.requireNonNullElse(m.dateline(), ""));
        credit.setValue(Objects.requireNonNullElse(m.creditLine(), ""));
        flags.setItems(new java.util.TreeSet<>(union(ArticleMetadata.KNOWN_FLAGS, m.flags())));
        flags.setValue(m.flags());
        status.setItems(articles.statusChoices(m.status()));
        status.setValue(m.status());
        String refusal = articles.readOnlyReason(article.id());
        readOnly.setText(refusal == null ? "" : "Read-only: " + refusal);
        readOnly.setVisible(refusal != null);
        java.util.stream.Stream.of(title, outlet, author, url, language, dateline, credit, duplicateOf, reason)
                .forEach(f -> f.setReadOnly(refusal != null));
        published.setReadOnly(refusal != null);
        flags.setReadOnly(refusal != null);
        status.setReadOnly(refusal != null && status.getListDataView().getItemCount() <= 1);
        save.setEnabled(refusal == null || articles.statusChoices(m.status()).size() > 1);
        duplicateOf.setValue(m.duplicateOf() == null ? "" : m.duplicateOf().toString());
        reason.clear();
        history.setItems(articles.history(article.id()));
    }

    /** "needs_title" and IN_PROGRESS as people read them: "needs title", "in progress". */
    static String words(Object value) {
        return value.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Whether the form holds changes that are not saved. */
    boolean hasUnsavedChanges() {
        if (base == null) {
            return false;
        }
        try {
            return !base.metadata().changedFields(edited()).isEmpty();
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    ArticleMetadata edited() {
        Long dup = null;
        if (!duplicateOf.getValue().isBlank()) {
            try {
                dup = Long.parseLong(duplicateOf.getValue().strip().replace("#", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("duplicate of: an article number, like 42");
            }
        }
        return new ArticleMetadata(title.getValue(), outlet.getValue(), author.getValue(), url.getValue(),
                published.getValue(), language.getValue(), dateline.getValue(), credit.getValue(), flags.getValue(),
                status.getValue(), dup);
    }

    void submit() {
        try {
            save(base, edited());
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException problem) {
            Notification n = Notification.show(problem.getMessage(), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void save(ArticleDetail from, ArticleMetadata mine) {
        try {
            ArticleDetail after = articles.save(from.id(), from.version(), from.metadata(), mine, reason.getValue());
            Notification.show("Metadata saved");
            saved.accept(after);
        } catch (ArticleConflictException conflict) {
            conflictDialog(from, mine, conflict);
        }
    }

    /** Someone saved first: show what they changed, then reload (drop mine) or re-apply mine on top of theirs. */
    private void conflictDialog(ArticleDetail from, ArticleMetadata mine, ArticleConflictException conflict) {
        Dialog dialog = new Dialog();
        dialog.setId("conflict-dialog");
        dialog.setHeaderTitle("Someone else saved this article meanwhile");
        VerticalLayout body = new VerticalLayout();
        var theirs = conflict.current().metadata().asFields();
        var before = from.metadata().asFields();
        for (String field : conflict.changedByOthers()) {
            body.add(new Paragraph(field + ": " + Objects.requireNonNullElse(before.get(field), "—") + " → "
                    + Objects.requireNonNullElse(theirs.get(field), "—")
                    + (conflict.overlapping().contains(field) ? "  (you changed it too)" : "")));
        }
        if (conflict.changedByOthers().isEmpty()) {
            body.add(new Paragraph("Only the status or assignment changed."));
        }
        Button reload = new Button("Reload theirs (discard my edit)", e -> {
            dialog.close();
            saved.accept(conflict.current());
        });
        Button reapply = new Button("Re-apply my changes on top", e -> {
            dialog.close();
            ArticleMetadata merged = ArticleMetadata.reapply(from.metadata(), mine, conflict.current().metadata());
            save(conflict.current(), merged);
        });
        reapply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(body);
        dialog.getFooter().add(reload, reapply);
        dialog.open();
    }
}

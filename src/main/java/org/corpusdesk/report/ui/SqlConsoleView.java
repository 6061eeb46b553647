package org.corpusdesk.report.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.corpusdesk.report.QueryRejectedException;
import org.corpusdesk.report.QueryResult;
import org.corpusdesk.report.ReadOnlyQueryRunner;
import org.corpusdesk.report.ReportingViews;
import org.corpusdesk.report.SavedQuery;
import org.corpusdesk.report.SavedQueryService;

/**
 * The SQL console: the documented views and their columns beside an editor; Run (Ctrl+Enter) as the read-only
 * account with the timeout and row cap; the result in a grid and as CSV; saved queries, private or shared.
 */
@Route("sql")
@PageTitle("SQL console · Corpus Desk")
@RolesAllowed("CURATOR")
public class SqlConsoleView extends HorizontalLayout {

    private final ReadOnlyQueryRunner runner;
    private final SavedQueryService saved;
    final TextArea editor = new TextArea();
    final Button run = new Button("Run");
    final Paragraph status = new Paragraph();
    final ResultGrid grid = new ResultGrid();
    final Anchor csv;
    final Select<SavedQuery> savedQueries = new Select<>();
    final TextField name = new TextField("Name");
    final Checkbox shared = new Checkbox("Shared with other curators");
    final Button save = new Button("Save");
    final Button delete = new Button("Delete");

    public SqlConsoleView(ReadOnlyQueryRunner runner, SavedQueryService saved, ReportingViews views) {
        this.runner = runner;
        this.saved = saved;
        setSizeFull();
        VerticalLayout side = new VerticalLayout();
        side.setWidth("300px");
        side.setPadding(false);
        side.add(new Span("Views (read-only)"));
        for (ReportingViews.View v : views.views()) {
            VerticalLayout columns = new VerticalLayout();
            columns.setPadding(false);
            columns.setSpacing(false);
            v.columns().forEach(c -> columns.add(new Span(c)));
            Details d = new Details(v.name(), columns);
            d.getElement().setAttribute("title", "SELECT * FROM " + v.name());
            side.add(d);
        }
        editor.setId("sql-editor");
        editor.setWidthFull();
        editor.setMinHeight("140px");
        editor.setPlaceholder("SELECT outlet, COUNT(*) FROM v_article GROUP BY outlet");
        editor.getStyle().set("font-family", "monospace");
        run.setId("sql-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> run());
        run.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        status.setId("sql-status");
        grid.setId("sql-grid");
        csv = grid.csvDownload("sql-csv", () -> "query");
        savedQueries.setLabel("Saved queries");
        savedQueries.setId("sql-saved");
        savedQueries.setItemLabelGenerator(q -> q == null ? "" : q.name() + (q.mine() ? "" : " (" + q.owner() + ")")
                + (q.shared() ? " · shared" : ""));
        savedQueries.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editor.setValue(e.getValue().sql());
                name.setValue(e.getValue().mine() ? e.getValue().name() : "");
                shared.setValue(e.getValue().shared());
                delete.setEnabled(e.getValue().mine());
            }
        });
        name.setId("sql-name");
        save.setId("sql-save");
        save.addClickListener(e -> save());
        delete.setEnabled(false);
        delete.addClickListener(e -> {
            if (savedQueries.getValue() != null) {
                saved.delete(savedQueries.getValue().id());
                refreshSaved();
            }
        });
        HorizontalLayout saving = new HorizontalLayout(savedQueries, name, shared, save, delete);
        saving.setAlignItems(Alignment.BASELINE);
        VerticalLayout main = new VerticalLayout(saving, editor, new HorizontalLayout(run, csv), status, grid);
        main.setPadding(false);
        add(side, main);
        setFlexGrow(1, main);
        refreshSaved();
    }

    private void refreshSaved() {
        savedQueries.setItems(saved.visible());
        delete.setEnabled(false);
    }

    void run() {
        try {
            long start = System.nanoTime();
            QueryResult r = runner.run(editor.getValue());
            grid.show(r);
            status.setText(String.format(Locale.ROOT, "%,d row%s in %.0f ms%s", r.rows().size(), r.rows().size() == 1 ? "" : "s",
                    (System.nanoTime() - start) / 1e6, r.truncated()
                            ? ": only the first " + r.rows().size() + " rows are shown (row cap)" : ""));
        } catch (QueryRejectedException e) {
            status.setText(e.getMessage());
        }
    }

    void save() {
        try {
            SavedQuery q = saved.save(name.getValue(), editor.getValue(), shared.getValue());
            refreshSaved();
            Notification.show("Saved “" + q.name() + "”");
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }
}

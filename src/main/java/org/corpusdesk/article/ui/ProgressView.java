package org.corpusdesk.article.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.corpusdesk.article.ArticleAssignmentService;
import org.corpusdesk.article.EditorProgress;

/** Assigned and finished articles per person; editors see their own line only. */
@Route("progress")
@PageTitle("Progress · Corpus Desk")
@PermitAll
public class ProgressView extends VerticalLayout {

    final Grid<EditorProgress> grid = new Grid<>();

    public ProgressView(ArticleAssignmentService assignments) {
        grid.setId("progress-grid");
        grid.addColumn(EditorProgress::username).setHeader("Editor");
        grid.addColumn(EditorProgress::assigned).setHeader("Assigned");
        grid.addColumn(EditorProgress::done).setHeader("Done");
        grid.addColumn(p -> p.assigned() == 0 ? "" : Math.round(100.0 * p.done() / p.assigned()) + " %").setHeader("Progress");
        var rows = assignments.progress();
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(new H2("Progress"), rows.isEmpty() ? new Paragraph("No articles are assigned yet.") : grid);
    }
}

package org.corpusdesk.article.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.corpusdesk.article.ArticleQueueService;
import org.corpusdesk.article.ArticleSummary;
import org.corpusdesk.article.QueueSort;

/** The review queue: every article, paged from the database, sortable. */
@Route("")
@PageTitle("Queue · Corpus Desk")
public class QueueView extends VerticalLayout {

    static final String EMPTY_HINT = "No articles yet. Bring some in with the command "
            + "java -jar corpus-desk.jar import FOLDER (txt, jsonl, json or csv files); they appear here.";

    final Grid<ArticleSummary> grid = new Grid<>();
    final Paragraph emptyHint = new Paragraph(EMPTY_HINT);

    public QueueView(ArticleQueueService queue) {
        setSizeFull();
        H2 heading = new H2("Review queue");
        grid.setId("queue-grid");
        grid.addColumn(ArticleSummary::id).setHeader("#").setKey(QueueSort.ID.name()).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.title() == null ? "(no title)" : a.title()).setHeader("Title")
                .setKey(QueueSort.TITLE.name()).setSortable(true).setFlexGrow(4);
        grid.addColumn(ArticleSummary::outlet).setHeader("Outlet").setKey(QueueSort.OUTLET.name()).setSortable(true);
        grid.addColumn(ArticleSummary::language).setHeader("Language").setKey(QueueSort.LANGUAGE.name())
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ArticleSummary::status).setHeader("Status").setKey(QueueSort.STATUS.name()).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.storySize() > 1 ? "story " + a.storyCluster() + " (" + (a.storySize() - 1) + " more)" : "")
                .setHeader("Same story").setKey(QueueSort.STORY_CLUSTER.name()).setSortable(true);
        grid.setItems(query -> {
            QueueSort sort = QueueSort.ID;
            boolean ascending = true;
            for (var order : query.getSortOrders()) {
                sort = QueueSort.valueOf(order.getSorted());
                ascending = order.getDirection() == SortDirection.ASCENDING;
                break;
            }
            return queue.page(query.getOffset(), query.getLimit(), sort, ascending).stream();
        }, query -> queue.count());
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(QueueSort.ID.name())).build());
        grid.setSizeFull();
        boolean empty = queue.count() == 0;
        emptyHint.setVisible(empty);
        add(heading, emptyHint, grid);
    }
}

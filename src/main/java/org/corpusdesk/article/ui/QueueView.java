package org.corpusdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.corpusdesk.article.ArticleAssignmentService;
import org.corpusdesk.article.ArticleQueueService;
import org.corpusdesk.article.ArticleSummary;
import org.corpusdesk.article.QueueFilter;
import org.corpusdesk.article.QueueSort;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserService;

/** The review queue, paged from the database; editors can narrow it to their own assignments, curators assign. */
@Route("")
@PageTitle("Queue · Corpus Desk")
@PermitAll
public class QueueView extends VerticalLayout {

    static final String EMPTY_HINT = "No articles yet. Bring some in with the command "
            + "java -jar corpus-desk.jar import FOLDER (txt, jsonl, json or csv files); they appear here.";

    private final ArticleQueueService queue;
    private final CurrentUser currentUser;
    final Grid<ArticleSummary> grid = new Grid<>();
    final Paragraph emptyHint = new Paragraph(EMPTY_HINT);
    final Checkbox mine = new Checkbox("Only my assignments");
    final ComboBox<AppUser> assignee = new ComboBox<>("Assign selected to");
    final Button assign = new Button("Assign");
    private QueueFilter filter = QueueFilter.ALL;

    public QueueView(ArticleQueueService queue, ArticleAssignmentService assignments, UserService users,
            CurrentUser currentUser) {
        this.queue = queue;
        this.currentUser = currentUser;
        setSizeFull();
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
        grid.addColumn(a -> a.assignedTo() == null ? "" : a.assignedTo()).setHeader("Assigned to");
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(QueueSort.ID.name())).build());
        grid.setSizeFull();

        mine.setId("only-mine");
        mine.addValueChangeListener(e -> {
            filter = filter.withAssignedTo(e.getValue() ? currentUser.id() : null);
            refresh();
        });
        HorizontalLayout tools = new HorizontalLayout(mine);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (currentUser.has(Role.CURATOR)) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            assignee.setId("assignee");
            assignee.setItems(users.assignable());
            assignee.setItemLabelGenerator(AppUser::label);
            assignee.setClearButtonVisible(true);
            assignee.setPlaceholder("nobody (unassign)");
            assign.setId("assign");
            assign.addClickListener(e -> {
                List<Long> ids = grid.getSelectedItems().stream().map(ArticleSummary::id).toList();
                if (ids.isEmpty()) {
                    Notification.show("Select articles first (tick their boxes)");
                    return;
                }
                AppUser to = assignee.getValue();
                int changed = assignments.assign(ids, to == null ? null : to.id());
                Notification.show(changed + " article(s) " + (to == null ? "unassigned" : "assigned to " + to.username()));
                grid.deselectAll();
                refresh();
            });
            tools.add(assignee, assign);
        }
        add(new H2("Review queue"), emptyHint, tools, grid);
        refresh();
    }

    private void refresh() {
        QueueFilter current = filter;
        grid.setItems(query -> {
            QueueSort sort = QueueSort.ID;
            boolean ascending = true;
            for (var order : query.getSortOrders()) {
                sort = QueueSort.valueOf(order.getSorted());
                ascending = order.getDirection() == SortDirection.ASCENDING;
                break;
            }
            return queue.page(current, query.getOffset(), query.getLimit(), sort, ascending).stream();
        }, query -> queue.count(current));
        emptyHint.setVisible(queue.count() == 0);
    }
}

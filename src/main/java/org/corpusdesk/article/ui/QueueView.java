package org.corpusdesk.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import org.corpusdesk.article.ArticleStatus;
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

    static final String EMPTY_HINT = "No articles yet. Bring some in on the Import page (curators and administrators) "
            + "or with the command java -jar corpus-desk.jar import FOLDER (txt, jsonl, json or csv files); they appear here.";

    private final ArticleQueueService queue;
    private final CurrentUser currentUser;
    final Grid<ArticleSummary> grid = new Grid<>();
    final Paragraph emptyHint = new Paragraph(EMPTY_HINT);
    final Checkbox mine = new Checkbox("Only my assignments");
    final ComboBox<AppUser> assignee = new ComboBox<>("Assign selected to");
    final Button assign = new Button("Assign");
    final Select<ArticleStatus> status = new Select<>();
    final TextField search = new TextField();
    final Button storyChip = new Button();
    final Span counts = new Span();
    private QueueFilter filter = QueueFilter.ALL;

    public QueueView(ArticleQueueService queue, ArticleAssignmentService assignments, UserService users,
            CurrentUser currentUser) {
        this.queue = queue;
        this.currentUser = currentUser;
        setSizeFull();
        grid.setId("queue-grid");
        grid.addColumn(ArticleSummary::id).setHeader("#").setKey(QueueSort.ID.name()).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> {
                    RouterLink open = new RouterLink(ArticleView.class, a.id());
                    open.setText(a.title() == null ? "(no title)" : a.title());
                    return open;
                }).setHeader("Title").setKey(QueueSort.TITLE.name()).setSortable(true).setFlexGrow(4);
        grid.addColumn(ArticleSummary::outlet).setHeader("Outlet").setKey(QueueSort.OUTLET.name()).setSortable(true);
        grid.addColumn(ArticleSummary::language).setHeader("Language").setKey(QueueSort.LANGUAGE.name())
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ArticleSummary::status).setHeader("Status").setKey(QueueSort.STATUS.name()).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> {
                    if (a.storySize() < 2) {
                        return new Span();
                    }
                    RouterLink story = new RouterLink(StoryView.class, a.storyCluster());
                    story.setText((a.storySize() - 1) + " more");
                    story.getElement().setAttribute("title", "The articles that tell the same story, side by side");
                    Button only = new Button("only these", e -> {
                        filter = filter.withStoryCluster(a.storyCluster());
                        storyChip.setText("Story " + a.storyCluster() + " ×");
                        storyChip.setVisible(true);
                        refresh();
                    });
                    only.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    return new HorizontalLayout(story, only);
                }).setHeader("Same story").setKey(QueueSort.STORY_CLUSTER.name()).setSortable(true);
        grid.addColumn(ArticleSummary::annotations).setHeader("Spans").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.assignedTo() == null ? "" : a.assignedTo()).setHeader("Assigned to");
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(QueueSort.ID.name())).build());
        grid.setSizeFull();

        status.setId("status-filter");
        status.setLabel("Status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("any status");
        status.setItems(ArticleStatus.values());
        status.addValueChangeListener(e -> {
            filter = filter.withStatuses(e.getValue() == null ? null : java.util.Set.of(e.getValue().name()));
            refresh();
        });
        search.setId("queue-search");
        search.setPlaceholder("Search titles and texts");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            filter = new QueueFilter(filter.statuses(), filter.outlet(), filter.language(), filter.storyCluster(),
                    filter.hasAnnotations(), filter.assignedTo(), e.getValue());
            refresh();
        });
        storyChip.setVisible(false);
        storyChip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        storyChip.addClickListener(e -> {
            filter = filter.withStoryCluster(null);
            storyChip.setVisible(false);
            refresh();
        });
        mine.setId("only-mine");
        mine.addValueChangeListener(e -> {
            filter = filter.withAssignedTo(e.getValue() ? currentUser.id() : null);
            refresh();
        });
        HorizontalLayout tools = new HorizontalLayout(search, status, mine, storyChip);
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
        counts.setId("status-counts");
        add(new H2("Review queue"), emptyHint, tools, counts, grid);
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
        counts.setText(queue.countsByStatus(current).entrySet().stream()
                .map(e -> e.getKey().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(" · ")));
    }
}

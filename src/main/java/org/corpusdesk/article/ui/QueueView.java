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
public class QueueView extends VerticalLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    static final String EMPTY_HINT = "No articles yet. Bring some in on the Import page (curators and administrators) "
            + "or with the command java -jar corpus-desk.jar import FOLDER (txt, jsonl, json or csv files); they appear here.";

    private final ArticleQueueService queue;
    private final org.corpusdesk.article.ArticleEditService articles;
    private final CurrentUser currentUser;
    final Grid<ArticleSummary> grid = new Grid<>();
    final Paragraph emptyHint = new Paragraph(EMPTY_HINT);
    final Checkbox mine = new Checkbox("Only my assignments");
    final Checkbox openComments = new Checkbox("Open comments");
    final ComboBox<AppUser> assignee = new ComboBox<>("Assign selected to");
    final Button assign = new Button("Assign");
    final Button addEditor = new Button("Add as another editor");
    final Button share = new Button("Share among editors…");
    final Select<ArticleStatus> status = new Select<>();
    final TextField search = new TextField();
    final Button storyChip = new Button();
    final Span counts = new Span();
    final Button approve = new Button("Approve selected");
    final Button reject = new Button("Reject selected");
    private QueueFilter filter = QueueFilter.ALL;
    private ArticleSummary focused;
    private boolean restoring;

    public QueueView(ArticleQueueService queue, ArticleAssignmentService assignments, UserService users,
            org.corpusdesk.article.ArticleEditService articles, CurrentUser currentUser) {
        this.queue = queue;
        this.articles = articles;
        this.currentUser = currentUser;
        setSizeFull();
        grid.setId("queue-grid");
        grid.addColumn(ArticleSummary::id).setHeader("#").setKey(QueueSort.ID.name()).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> {
                    RouterLink open = new RouterLink(ArticleView.class, a.id());
                    open.setText(a.title() == null ? "(no title)" : a.title());
                    if (!search.getValue().isBlank()) {
                        open.setQueryParameters(com.vaadin.flow.router.QueryParameters.of("q", search.getValue().strip()));
                    }
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
                        writeUrl();
                    });
                    only.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    return new HorizontalLayout(story, only);
                }).setHeader("Same story").setKey(QueueSort.STORY_CLUSTER.name()).setSortable(true);
        grid.addColumn(ArticleSummary::annotations).setHeader("Spans").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.assignedTo() == null ? "" : a.assignedTo()).setHeader("Assigned to");
        grid.addColumn(a -> a.openComments() == 0 ? "" : a.openComments() + " open").setHeader("Comments")
                .setAutoWidth(true).setFlexGrow(0);
        grid.sort(GridSortOrder.asc(grid.getColumnByKey(QueueSort.ID.name())).build());
        grid.setSizeFull();
        // a click on a row (not on its tick box or a link in it) or Enter on the focused row opens the article
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null) {
                open(e.getItem());
            }
        });
        grid.addCellFocusListener(e -> e.getItem().ifPresent(item -> focused = item));
        com.vaadin.flow.component.Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) {
                open(focused);
            }
        }, com.vaadin.flow.component.Key.ENTER).listenOn(grid);
        grid.addSortListener(e -> writeUrl());

        status.setId("status-filter");
        status.setLabel("Status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("any status");
        status.setItems(ArticleStatus.values());
        status.addValueChangeListener(e -> {
            filter = filter.withStatuses(e.getValue() == null ? null : java.util.Set.of(e.getValue().name()));
            refresh();
            writeUrl();
        });
        search.setId("queue-search");
        search.setPlaceholder("Search titles and texts");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            filter = new QueueFilter(filter.statuses(), filter.outlet(), filter.language(), filter.storyCluster(),
                    filter.hasAnnotations(), filter.assignedTo(), e.getValue(), filter.openComments());
            refresh();
            writeUrl();
        });
        storyChip.setVisible(false);
        storyChip.addThemeVariants(ButtonVariant.LUMO_SMALL);
        storyChip.addClickListener(e -> {
            filter = filter.withStoryCluster(null);
            storyChip.setVisible(false);
            refresh();
            writeUrl();
        });
        mine.setId("only-mine");
        mine.addValueChangeListener(e -> {
            filter = filter.withAssignedTo(e.getValue() ? currentUser.id() : null);
            refresh();
            writeUrl();
        });
        openComments.setId("open-comments");
        openComments.addValueChangeListener(e -> {
            filter = filter.withOpenComments(e.getValue() ? Boolean.TRUE : null);
            refresh();
            writeUrl();
        });
        HorizontalLayout tools = new HorizontalLayout(search, status, mine, openComments, storyChip);
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
            addEditor.setId("add-editor");
            addEditor.getElement().setAttribute("title", "Double annotation: the selected articles keep their editors "
                    + "and get this one too");
            addEditor.addClickListener(e -> {
                List<Long> ids = grid.getSelectedItems().stream().map(ArticleSummary::id).toList();
                AppUser to = assignee.getValue();
                if (ids.isEmpty() || to == null) {
                    Notification.show("Select articles and choose an editor first");
                    return;
                }
                int changed = assignments.addAssignee(ids, to.id());
                Notification.show(changed + " article(s) also assigned to " + to.username());
                grid.deselectAll();
                refresh();
            });
            share.setId("share");
            share.addClickListener(e -> {
                List<Long> ids = grid.getSelectedItems().stream().map(ArticleSummary::id).toList();
                if (ids.isEmpty()) {
                    Notification.show("Select articles first (tick their boxes)");
                    return;
                }
                new ShareDialog(ids, users.assignable(), assignments, () -> {
                    grid.deselectAll();
                    refresh();
                }).open();
            });
            approve.setId("bulk-approve");
            reject.setId("bulk-reject");
            approve.addClickListener(e -> bulkStatus(articles, ArticleStatus.APPROVED));
            reject.addClickListener(e -> bulkStatus(articles, ArticleStatus.REJECTED));
            tools.add(assignee, assign, addEditor, share, approve, reject);
        }
        counts.setId("status-counts");
        add(new H2("Review queue"), emptyHint, tools, counts, grid);
    }

    /** Opens the article; with a search, its hits are highlighted there. */
    private void open(ArticleSummary a) {
        String q = search.getValue().strip();
        getUI().ifPresent(ui -> ui.navigate(ArticleView.class, a.id(), q.isEmpty()
                ? com.vaadin.flow.router.QueryParameters.empty() : com.vaadin.flow.router.QueryParameters.of("q", q)));
    }

    private void bulkStatus(org.corpusdesk.article.ArticleEditService articles, ArticleStatus to) {
        List<Long> ids = grid.getSelectedItems().stream().map(ArticleSummary::id).toList();
        if (ids.isEmpty()) {
            Notification.show("Select articles first (tick their boxes)");
            return;
        }
        int changed = articles.setStatusOfAll(ids, to);
        Notification.show(changed + " article(s) " + to.name().toLowerCase(java.util.Locale.ROOT));
        grid.deselectAll();
        refresh();
    }

    /**
     * The filters and sort come from the URL (?status=DONE&q=ministry&mine=1&story=12&sort=TITLE&desc=1), so a reload
     * or a shared link shows the same queue; editors see their own assignments unless the URL says otherwise.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        java.util.function.Function<String, String> param = name -> params.getOrDefault(name, List.of()).stream()
                .findFirst().orElse(null);
        restoring = true;
        try {
            String statusParam = param.apply("status");
            ArticleStatus chosen = null;
            if (statusParam != null && ArticleStatus.NAMES.contains(statusParam.toUpperCase(java.util.Locale.ROOT))) {
                chosen = ArticleStatus.valueOf(statusParam.toUpperCase(java.util.Locale.ROOT));
            }
            status.setValue(chosen);
            search.setValue(param.apply("q") == null ? "" : param.apply("q"));
            String mineParam = param.apply("mine");
            boolean onlyMine = mineParam == null ? defaultMine() : mineParam.equals("1");
            mine.setValue(onlyMine);
            Long story = null;
            try {
                story = param.apply("story") == null ? null : Long.valueOf(param.apply("story"));
            } catch (NumberFormatException ignored) {
                // a mangled link shows every story
            }
            boolean withComments = "open".equals(param.apply("comments"));
            openComments.setValue(withComments);
            filter = new QueueFilter(chosen == null ? null : java.util.Set.of(chosen.name()), null, null, story, null,
                    onlyMine ? currentUser.id() : null, search.getValue(), withComments ? Boolean.TRUE : null);
            storyChip.setText(story == null ? "" : "Story " + story + " ×");
            storyChip.setVisible(story != null);
            String sortParam = param.apply("sort");
            if (sortParam != null && grid.getColumnByKey(sortParam) != null) {
                var column = grid.getColumnByKey(sortParam);
                grid.sort(List.of(new GridSortOrder<>(column, "1".equals(param.apply("desc"))
                        ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
            }
        } finally {
            restoring = false;
        }
        refresh();
    }

    /** Puts the filters and sort into the URL without a navigation. */
    private void writeUrl() {
        if (restoring) {
            return;
        }
        java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
        if (status.getValue() != null) {
            p.put("status", status.getValue().name());
        }
        if (!search.getValue().isBlank()) {
            p.put("q", search.getValue().strip());
        }
        if (mine.getValue() != defaultMine()) {
            p.put("mine", mine.getValue() ? "1" : "0");
        }
        if (filter.storyCluster() != null) {
            p.put("story", filter.storyCluster().toString());
        }
        if (openComments.getValue()) {
            p.put("comments", "open");
        }
        grid.getSortOrder().stream().findFirst().ifPresent(o -> {
            if (!o.getSorted().getKey().equals(QueueSort.ID.name()) || o.getDirection() == SortDirection.DESCENDING) {
                p.put("sort", o.getSorted().getKey());
                if (o.getDirection() == SortDirection.DESCENDING) {
                    p.put("desc", "1");
                }
            }
        });
        String query = com.vaadin.flow.router.QueryParameters.simple(p).getQueryString();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, query.isEmpty() ? "." : "?" + query));
    }

    /** Editors see their own assignments unless they ask for all, once assignment is in use. */
    private boolean defaultMine() {
        return !currentUser.has(Role.CURATOR) && currentUser.actor().id() != null && articles.assignmentInUse();
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

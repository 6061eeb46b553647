package org.corpusdesk.article.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.corpusdesk.article.ArticleDetail;
import org.corpusdesk.article.ArticleEditService;
import org.corpusdesk.article.ArticleQueueService;
import org.corpusdesk.article.ArticleSummary;
import org.corpusdesk.article.QueueFilter;
import org.corpusdesk.article.QueueSort;

/** The articles of one story cluster side by side: how several outlets told the same event. */
@Route("story")
@PageTitle("Story · Corpus Desk")
@PermitAll
public class StoryView extends VerticalLayout implements HasUrlParameter<Long> {

    static final int MAX_COLUMNS = 6;

    private final ArticleQueueService queue;
    private final ArticleEditService articles;
    final H2 heading = new H2();
    final HorizontalLayout columns = new HorizontalLayout();

    public StoryView(ArticleQueueService queue, ArticleEditService articles) {
        this.queue = queue;
        this.articles = articles;
        setSizeFull();
        columns.setSizeFull();
        columns.getStyle().set("overflow-x", "auto");
        add(heading, columns);
    }

    @Override
    public void setParameter(BeforeEvent event, Long cluster) {
        QueueFilter filter = QueueFilter.ALL.withStoryCluster(cluster);
        List<ArticleSummary> members = queue.page(filter, 0, MAX_COLUMNS, QueueSort.ID, true);
        int total = queue.count(filter);
        heading.setText("Story " + cluster + ": " + total + " article" + (total == 1 ? "" : "s")
                + (total > MAX_COLUMNS ? " (the first " + MAX_COLUMNS + " shown)" : ""));
        columns.removeAll();
        for (ArticleSummary member : members) {
            articles.load(member.id()).ifPresent(a -> columns.add(column(a)));
        }
    }

    private static VerticalLayout column(ArticleDetail a) {
        RouterLink title = new RouterLink(ArticleView.class, a.id());
        title.setText("#" + a.id() + " " + Objects.requireNonNullElse(a.metadata().title(), "(no title)"));
        Span facts = new Span(String.join(" · ", java.util.stream.Stream.of(a.metadata().outlet(),
                a.metadata().publishedOn() == null ? null : a.metadata().publishedOn().toString(), a.metadata().language())
                .filter(Objects::nonNull).toList()));
        Div text = new Div();
        text.setText(a.cleanText());
        text.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout column = new VerticalLayout(title, facts, text);
        column.setMinWidth("22em");
        column.setWidth("30em");
        column.getStyle().set("border-right", "1px solid var(--lumo-contrast-10pct)").set("overflow-y", "auto");
        return column;
    }
}

package org.corpusdesk.article.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.corpusdesk.article.ArticleStatus;
import org.corpusdesk.article.ArticleSummary;

/** The queue view's parts for tests in other packages. */
public record QueueViewProbe(QueueView view) {

    public Grid<ArticleSummary> grid() {
        return view.grid;
    }

    public Select<ArticleStatus> status() {
        return view.status;
    }

    public TextField search() {
        return view.search;
    }

    public String counts() {
        return view.counts.getText();
    }

    public boolean emptyHintVisible() {
        return view.emptyHint.isVisible();
    }
}

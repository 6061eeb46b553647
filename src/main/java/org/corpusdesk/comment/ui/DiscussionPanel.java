package org.corpusdesk.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.corpusdesk.annotation.Annotation;
import org.corpusdesk.comment.ArticleComment;
import org.corpusdesk.comment.CommentService;

/**
 * An article's discussion in the article view: its comments, on the article or on a span (quoted), oldest first,
 * each with its author, time and whether it is resolved; a box to add one, about the selected span if wanted.
 */
public class DiscussionPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CommentService comments;
    private final Supplier<Annotation> selectedSpan;
    final VerticalLayout thread = new VerticalLayout();
    final TextArea body = new TextArea("Comment");
    final Checkbox aboutSpan = new Checkbox("About the selected span");
    final Button add = new Button("Add comment");
    private long articleId;

    public DiscussionPanel(CommentService comments, Supplier<Annotation> selectedSpan) {
        this.comments = comments;
        this.selectedSpan = selectedSpan;
        setPadding(false);
        thread.setId("comment-thread");
        thread.setPadding(false);
        body.setId("comment-body");
        body.setWidthFull();
        body.setMaxLength(10_000);
        aboutSpan.setId("comment-about-span");
        add.setId("comment-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addComment());
        add(thread, body, new HorizontalLayout(aboutSpan, add));
    }

    public void show(long article) {
        articleId = article;
        thread.removeAll();
        var all = comments.forArticle(article);
        if (all.isEmpty()) {
            thread.add(new Paragraph("No comments yet. Ask a question or note a doubt; curators see open comments in the queue."));
        }
        for (ArticleComment c : all) {
            thread.add(entry(c));
        }
    }

    private Div entry(ArticleComment c) {
        Div box = new Div();
        box.addClassName("comment");
        box.getElement().setAttribute("data-comment", String.valueOf(c.id()));
        box.getStyle().set("border-left", "3px solid " + (c.open() ? "var(--lumo-primary-color)" : "var(--lumo-contrast-20pct)"))
                .set("padding", "0 var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-s)");
        Span head = new Span((c.author() == null ? "(deleted user)" : c.author()) + " · " + WHEN.format(c.createdAt())
                + (c.open() ? "" : " · resolved by " + c.resolvedBy()));
        head.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        box.add(head);
        if (c.quote() != null) {
            Paragraph quote = new Paragraph("on “" + c.quote() + "”" + (c.annotationId() == null ? " (span deleted)" : ""));
            quote.getStyle().set("font-style", "italic").set("margin", "0");
            box.add(quote);
        }
        Paragraph text = new Paragraph(c.body());
        text.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        Button toggle = new Button(c.open() ? "Resolve" : "Reopen", e -> {
            try {
                comments.setResolved(c.id(), c.open());
                show(articleId);
            } catch (RuntimeException problem) {
                Notification.show(problem.getMessage());
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("comment-toggle");
        box.add(text, toggle);
        return box;
    }

    private void addComment() {
        Annotation span = aboutSpan.getValue() ? selectedSpan.get() : null;
        if (aboutSpan.getValue() && span == null) {
            Notification.show("Select a span first (click it in the text), or untick \"About the selected span\"");
            return;
        }
        try {
            comments.add(articleId, span == null ? null : span.id(), body.getValue());
            body.clear();
            show(articleId);
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException problem) {
            Notification.show(problem.getMessage());
        }
    }
}

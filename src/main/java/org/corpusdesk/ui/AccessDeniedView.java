package org.corpusdesk.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.corpusdesk.user.CurrentUser;

/** What a logged-in user sees on a page their role may not open: a clear refusal, not a blank page. */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    private final CurrentUser currentUser;
    private final Paragraph reason = new Paragraph();

    public AccessDeniedView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        H2 heading = new H2("Access denied");
        heading.setId("access-denied");
        add(heading, reason, new Anchor("", "Back to the review queue"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        reason.setText("Your role (" + currentUser.actor().role().name().toLowerCase(java.util.Locale.ROOT)
                + ") may not open '/" + event.getLocation().getPath()
                + "'. Ask an administrator if you need this page.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}

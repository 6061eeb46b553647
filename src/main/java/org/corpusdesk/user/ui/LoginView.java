package org.corpusdesk.user.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.corpusdesk.user.UserService;

/** Sign-in. Until the first account exists, it sends visitors to the one-time setup page instead. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Corpus Desk")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String FAILED = "Wrong user name or password, or the account is locked after too many failed "
            + "attempts (try again in a few minutes).";

    private final UserService users;
    final LoginForm login = new LoginForm();

    public LoginView(UserService users) {
        this.users = users;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Not signed in");
        i18n.getErrorMessage().setMessage(FAILED);
        i18n.getForm().setTitle("Sign in");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");
        add(new H1("Corpus Desk"), new Paragraph("Curate news articles into a labeled dataset."), login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (users.setupNeeded()) {
            event.forwardTo(SetupView.class);
            return;
        }
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}

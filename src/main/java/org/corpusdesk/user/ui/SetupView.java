package org.corpusdesk.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.corpusdesk.user.UserProblem;
import org.corpusdesk.user.UserService;

/** One-time setup: open only while no user exists; creates the first administrator. There is no default password. */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up · Corpus Desk")
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver {

    private final UserService users;
    final TextField username = new TextField("Administrator user name");
    final TextField displayName = new TextField("Full name (optional)");
    final PasswordField password = new PasswordField("Password");
    final PasswordField repeat = new PasswordField("Password again");
    final Button create = new Button("Create administrator");

    public SetupView(UserService users) {
        this.users = users;
        setAlignItems(Alignment.CENTER);
        username.setId("setup-username");
        displayName.setId("setup-display-name");
        password.setId("setup-password");
        repeat.setId("setup-repeat");
        create.setId("setup-create");
        password.setHelperText("At least " + UserService.MIN_PASSWORD_LENGTH + " characters");
        for (var field : java.util.List.of(username, displayName, password, repeat)) {
            field.setWidth("22em");
        }
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> submit());
        add(new H1("Welcome to Corpus Desk"),
                new Paragraph("No user exists yet. Create the first administrator; this page closes once you have."),
                username, displayName, password, repeat, create);
    }

    void submit() {
        username.setInvalid(false);
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage("The two passwords differ");
            repeat.setInvalid(true);
            return;
        }
        try {
            users.createFirstAdmin(username.getValue(), displayName.getValue(), password.getValue());
        } catch (UserProblem problem) {
            var field = problem.getMessage().startsWith("password") ? password : username;
            field.setErrorMessage(problem.getMessage());
            field.setInvalid(true);
            return;
        }
        Notification.show("Administrator created: sign in now.");
        getUI().ifPresent(ui -> ui.navigate(LoginView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!users.setupNeeded()) {
            event.forwardTo(LoginView.class);
        }
    }
}

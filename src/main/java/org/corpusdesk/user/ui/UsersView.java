package org.corpusdesk.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.corpusdesk.user.AppUser;
import org.corpusdesk.user.Role;
import org.corpusdesk.user.UserProblem;
import org.corpusdesk.user.UserService;

/** Administrators add users, change roles, disable and re-enable accounts and reset passwords. */
@Route("users")
@PageTitle("Users · Corpus Desk")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final UserService users;
    final Grid<AppUser> grid = new Grid<>();
    final TextField newName = new TextField("User name");
    final TextField newDisplayName = new TextField("Full name");
    final Select<Role> newRole = new Select<>();
    final PasswordField newPassword = new PasswordField("Initial password");
    final Button add = new Button("Add user");

    public UsersView(UserService users) {
        this.users = users;
        setSizeFull();
        newRole.setLabel("Role");
        newRole.setItems(Role.values());
        newRole.setValue(Role.EDITOR);
        newName.setId("new-username");
        newPassword.setId("new-password");
        add.setId("add-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addUser());
        HorizontalLayout form = new HorizontalLayout(newName, newDisplayName, newRole, newPassword, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("users-grid");
        grid.addColumn(AppUser::username).setHeader("User name").setSortable(true);
        grid.addColumn(u -> u.displayName() == null ? "" : u.displayName()).setHeader("Full name");
        grid.addComponentColumn(this::roleSelect).setHeader("Role");
        grid.addColumn(u -> u.enabled() ? "active" : "disabled").setHeader("State");
        grid.addColumn(u -> u.lastLoginAt() == null ? "never" : WHEN.format(u.lastLoginAt())).setHeader("Last sign-in");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        add(new H2("Users"), form, grid);
        refresh();
    }

    private Select<Role> roleSelect(AppUser user) {
        Select<Role> select = new Select<>();
        select.setItems(Role.values());
        select.setValue(user.role());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                run(() -> users.changeRole(user.username(), e.getValue()), user.username() + " is now " + e.getValue());
            }
        });
        return select;
    }

    private HorizontalLayout actions(AppUser user) {
        Button toggle = new Button(user.enabled() ? "Disable" : "Enable",
                e -> run(() -> users.setEnabled(user.username(), !user.enabled()),
                        user.username() + (user.enabled() ? " disabled" : " enabled")));
        Button reset = new Button("Reset password", e -> resetPassword(user));
        return new HorizontalLayout(toggle, reset);
    }

    private void resetPassword(AppUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New password for " + user.username());
        PasswordField password = new PasswordField("New password");
        password.setHelperText("At least " + UserService.MIN_PASSWORD_LENGTH + " characters");
        Button save = new Button("Set password", e -> {
            try {
                users.resetPassword(user.username(), password.getValue());
                dialog.close();
                Notification.show("Password of " + user.username() + " changed");
            } catch (UserProblem problem) {
                password.setErrorMessage(problem.getMessage());
                password.setInvalid(true);
            }
        });
        dialog.add(password);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    void addUser() {
        try {
            users.add(newName.getValue(), newDisplayName.getValue(), newRole.getValue(), newPassword.getValue());
            Notification.show("Added " + newName.getValue());
            newName.clear();
            newDisplayName.clear();
            newPassword.clear();
            refresh();
        } catch (UserProblem problem) {
            error(problem.getMessage());
        }
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done);
        } catch (UserProblem problem) {
            error(problem.getMessage());
        }
        refresh();
    }

    private static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        grid.setItems(users.list());
    }
}

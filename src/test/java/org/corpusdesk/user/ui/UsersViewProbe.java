package org.corpusdesk.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** The users view's parts for tests in other packages. */
public record UsersViewProbe(UsersView view) {

    public TextField newName() {
        return view.newName;
    }

    public PasswordField newPassword() {
        return view.newPassword;
    }

    public Button add() {
        return view.add;
    }
}

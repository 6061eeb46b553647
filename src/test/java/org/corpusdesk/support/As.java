package org.corpusdesk.support;

import java.util.function.Supplier;
import org.corpusdesk.user.Actor;
import org.corpusdesk.user.CurrentUser;
import org.corpusdesk.user.Role;

/** Runs test code as a given actor, the way a logged-in user's request would. */
public final class As {

    private As() {
    }

    public static <T> T user(long id, String name, Role role, Supplier<T> action) {
        return CurrentUser.runAs(new Actor(id, name, role), action);
    }

    /** Signs the user in for the rest of the thread's work (views under browserless tests); clear the context after. */
    public static void signedIn(org.corpusdesk.user.AppUser user) {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        new Actor(user.id(), user.username(), user.role()), null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(
                                user.role().authorities())));
    }

    public static void user(long id, String name, Role role, Runnable action) {
        CurrentUser.runAs(new Actor(id, name, role), () -> {
            action.run();
            return null;
        });
    }
}

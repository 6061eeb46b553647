package org.corpusdesk.user;

import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The actor of the current request or command, from Spring Security's context. */
@Component
public class CurrentUser {

    /** The actor, or an AccessDeniedException when nobody is logged in. */
    public Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated()) {
            if (auth.getPrincipal() instanceof CorpusUser u) {
                return new Actor(u.id(), u.getUsername(), u.role());
            }
            if (auth.getPrincipal() instanceof Actor a) {
                return a;
            }
        }
        throw new AccessDeniedException("not logged in");
    }

    public long id() {
        Actor a = actor();
        if (a.id() == null) {
            throw new IllegalStateException(a.name() + " is not a user account: this needs a logged-in user");
        }
        return a.id();
    }

    public boolean has(Role role) {
        return actor().role().includes(role);
    }

    /**
     * Runs a command-line action as an administrator named {@code name}: whoever can run the jar on the
     * data folder already owns the database files. Audit events name this actor.
     */
    public static <T> T runAsAdministrator(String name, Supplier<T> action) {
        return runAs(new Actor(null, name, Role.ADMIN), action);
    }

    /** Runs an action with the given actor in the security context, then restores the previous one. */
    public static <T> T runAs(Actor actor, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                AuthorityUtils.createAuthorityList(actor.role().authorities())));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The name the command line acts under: "cli:" and the operating-system user. */
    public static String commandLineActor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}

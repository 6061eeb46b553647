package org.corpusdesk.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session keeps the role and enabled flag its user had at sign-in; this re-reads them from the database on
 * every request, so a demotion or a disable (Users page or CLI) takes effect on the user's next request, for
 * pages and service methods alike: a disabled user's session ends, a changed role replaces the session's
 * authorities. Runs inside Spring Security's filter chain, once the session's security context is loaded.
 */
@Component
@ConditionalOnWebApplication
public class CurrentRightsFilter extends OncePerRequestFilter {

    private final UserRepository users;

    public CurrentRightsFilter(UserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        refresh(SecurityContextHolder.getContext(), request);
        chain.doFilter(request, response);
    }

    /** Brings the context's user up to date with the database: signed out when disabled, with the current role. */
    void refresh(SecurityContext context, HttpServletRequest request) {
        Authentication auth = context.getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CorpusUser signedIn)) {
            return;
        }
        Optional<AppUser> now = users.find(signedIn.id());
        if (now.isEmpty() || !now.get().enabled()) {
            context.setAuthentication(null);
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return;
        }
        if (now.get().role() != signedIn.role()) {
            CorpusUser current = new CorpusUser(signedIn.id(), signedIn.getUsername(), "", now.get().role(), true, true);
            UsernamePasswordAuthenticationToken updated =
                    UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
            updated.setDetails(auth.getDetails());
            context.setAuthentication(updated); // the same context object the session holds
        }
    }
}

package org.corpusdesk.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in posted from another site (login CSRF: signing a victim's browser into the attacker's
 * account). Vaadin's login form carries no CSRF token, so Vaadin's security configuration exempts the login
 * page from Spring's CSRF check; browsers send an {@code Origin} header with every cross-origin POST, and a
 * sign-in whose origin is not this server's is refused with 403 before any password is checked.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LoginOriginFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            // set, not sent as an error: an error dispatch would end on the (secured) error page's redirect
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign-in from another site refused.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The origin names this server's host. Ports are not compared: behind a TLS proxy the browser's origin has
     * port 443 while the app listens on 8080.
     */
    static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            String host = URI.create(origin).getHost();
            return host != null && host.equalsIgnoreCase(request.getServerName());
        } catch (IllegalArgumentException notAUri) {
            return false; // "null" (a sandboxed page) included
        }
    }
}

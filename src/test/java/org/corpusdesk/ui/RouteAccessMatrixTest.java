package org.corpusdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corpusdesk.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every route × every role (and anonymous), from the views' access annotations, as Vaadin's navigation access
 * control reads them. A new route fails this test until its row is added here.
 */
class RouteAccessMatrixTest {

    private static final String ANONYMOUS = "anonymous";

    /** Route path → who may open it. */
    private static final Map<String, Set<String>> EXPECTED = Map.of(
            "login", Set.of(ANONYMOUS, "EDITOR", "CURATOR", "ADMIN"),
            "setup", Set.of(ANONYMOUS, "EDITOR", "CURATOR", "ADMIN"),
            "", Set.of("EDITOR", "CURATOR", "ADMIN"),
            "progress", Set.of("EDITOR", "CURATOR", "ADMIN"),
            "schema", Set.of("ADMIN"),
            "users", Set.of("ADMIN"),
            "audit", Set.of("ADMIN"),
            "article", Set.of("EDITOR", "CURATOR", "ADMIN"),
            "import", Set.of("CURATOR", "ADMIN"),
            "registry", Set.of("EDITOR", "CURATOR", "ADMIN"));

    @Test
    void eachRouteOpensExactlyForTheRolesThatMayUseIt() throws Exception {
        Map<String, Class<?>> routes = new TreeMap<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var bean : scanner.findCandidateComponents("org.corpusdesk")) {
            Class<?> view = Class.forName(bean.getBeanClassName());
            routes.put(view.getAnnotation(Route.class).value(), view);
        }
        assertThat(routes.keySet()).as("routes in the matrix").containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());

        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        for (var route : routes.entrySet()) {
            for (String who : new String[] {ANONYMOUS, "EDITOR", "CURATOR", "ADMIN"}) {
                Principal principal = who.equals(ANONYMOUS) ? null : () -> who.toLowerCase();
                Set<String> granted = who.equals(ANONYMOUS) ? Set.of()
                        : Set.of(Role.valueOf(who).authorities());
                boolean allowed = checker.hasAccess(route.getValue(), principal, role -> granted.contains("ROLE_" + role));
                assertThat(allowed).as("'/%s' for %s", route.getKey(), who)
                        .isEqualTo(EXPECTED.get(route.getKey()).contains(who));
            }
        }
    }
}

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
    private static final Map<String, Set<String>> EXPECTED = Map.ofEntries(
            Map.entry("login", Set.of(ANONYMOUS, "EDITOR", "CURATOR", "ADMIN")),
            Map.entry("setup", Set.of(ANONYMOUS, "EDITOR", "CURATOR", "ADMIN")),
            Map.entry("", Set.of("EDITOR", "CURATOR", "ADMIN")),
            Map.entry("progress", Set.of("EDITOR", "CURATOR", "ADMIN")),
            Map.entry("schema", Set.of("ADMIN")),
            Map.entry("users", Set.of("ADMIN")),
            Map.entry("audit", Set.of("ADMIN")),
            Map.entry("article", Set.of("EDITOR", "CURATOR", "ADMIN")),
            Map.entry("import", Set.of("CURATOR", "ADMIN")),
            Map.entry("export", Set.of("CURATOR", "ADMIN")),
            Map.entry("reports", Set.of("CURATOR", "ADMIN")),
            Map.entry("agreement", Set.of("CURATOR", "ADMIN")),
            Map.entry("curate", Set.of("CURATOR", "ADMIN")),
            Map.entry("sql", Set.of("CURATOR", "ADMIN")),
            Map.entry("registry", Set.of("EDITOR", "CURATOR", "ADMIN")),
            Map.entry("story", Set.of("EDITOR", "CURATOR", "ADMIN")));

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

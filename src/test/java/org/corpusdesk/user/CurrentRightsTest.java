package org.corpusdesk.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.corpusdesk.report.SavedQueryService;
import org.corpusdesk.support.ServiceTest;
import org.corpusdesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * A signed-in session keeps working with the rights its user has now, not those of its sign-in: after a
 * demotion the next request's service calls are refused; after a disable the session ends.
 */
@ServiceTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:rights;DB_CLOSE_DELAY=-1")
class CurrentRightsTest {

    @Autowired UserService users;
    @Autowired UserRepository userRepository;
    @Autowired SavedQueryService savedQueries;
    @Autowired CurrentUser currentUser;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The security context a sign-in leaves in the session. */
    private SecurityContext signedIn(AppUser user, MockHttpSession session) {
        CorpusUser principal = new CorpusUser(user.id(), user.username(), "", user.role(), true, true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        session.setAttribute("SPRING_SECURITY_CONTEXT", context);
        SecurityContextHolder.setContext(context);
        return context;
    }

    private void request(MockHttpSession session, Runnable inRequest) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        AtomicBoolean reached = new AtomicBoolean();
        new CurrentRightsFilter(userRepository).doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            reached.set(true);
            inRequest.run();
        });
        assertThat(reached).isTrue();
    }

    @Test
    void aDemotedCuratorIsRefusedOnTheNextRequest() throws Exception {
        AppUser curator = TestData.user(users, userRepository, "demoted-curator", Role.CURATOR);
        MockHttpSession session = new MockHttpSession();
        SecurityContext context = signedIn(curator, session);
        request(session, () -> assertThat(savedQueries.visible()).isNotNull());

        CurrentUser.runAsAdministrator("cli:test", () -> users.changeRole("demoted-curator", Role.EDITOR));
        SecurityContextHolder.setContext(context);
        request(session, () -> {
            assertThat(currentUser.has(Role.CURATOR)).isFalse();
            assertThatThrownBy(() -> savedQueries.visible()).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(((CorpusUser) context.getAuthentication().getPrincipal()).role())
                .as("kept in the session for the requests after").isEqualTo(Role.EDITOR);
    }

    @Test
    void aDisabledUsersSessionEndsOnTheNextRequest() throws Exception {
        AppUser editor = TestData.user(users, userRepository, "disabled-editor", Role.EDITOR);
        MockHttpSession session = new MockHttpSession();
        SecurityContext context = signedIn(editor, session);
        CurrentUser.runAsAdministrator("cli:test", () -> users.setEnabled("disabled-editor", false));
        SecurityContextHolder.setContext(context);
        request(session, () -> assertThatThrownBy(() -> currentUser.actor()).isInstanceOf(AccessDeniedException.class));
        assertThat(session.isInvalid()).isTrue();
        assertThat(context.getAuthentication()).isNull();
    }
}

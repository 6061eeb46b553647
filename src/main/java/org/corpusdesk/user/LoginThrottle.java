package org.corpusdesk.user;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.corpusdesk.shared.CorpusDeskSettings;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@code corpusdesk.login.max-failures} wrong passwords in a row an account
 * is locked for {@code corpusdesk.login.lock-minutes}; while locked, even the right password is refused.
 */
@Component
public class LoginThrottle {

    private final UserRepository users;
    private final int maxFailures;
    private final Duration lock;

    public LoginThrottle(UserRepository users, CorpusDeskSettings settings) {
        this.users = users;
        this.maxFailures = settings.login().maxFailures();
        this.lock = Duration.ofMinutes(settings.login().lockMinutes());
    }

    /**
     * Counts an attempt before its password is checked: false when the account is locked (or the attempt would
     * be one too many), so that a burst of parallel attempts gets no more password checks than a lock allows.
     */
    public boolean admit(String username) {
        OffsetDateTime now = OffsetDateTime.now();
        return users.admitAttempt(username, maxFailures, now, now.plus(lock));
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailure(event.getAuthentication().getName(), maxFailures, OffsetDateTime.now().plus(lock));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CorpusUser u) {
            users.recordSuccess(u.getUsername(), OffsetDateTime.now());
        }
    }
}

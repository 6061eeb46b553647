package org.corpusdesk.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What every context needs, web or command line: bcrypt hashes, users from the database, and method security
 * ({@code @PreAuthorize} on services), so a role is enforced on the server whatever calls the service.
 */
@Configuration
@EnableMethodSecurity
public class SecurityBeans {

    @Bean
    PasswordEncoder passwordEncoder() {
        return passwords();
    }

    /** bcrypt, as every context hashes passwords. */
    public static PasswordEncoder passwords() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserRepository users, LoginThrottle throttle) {
        return username -> {
            // counted before the password is checked; not admitted: the account is locked (now, or already)
            boolean admitted = throttle.admit(username);
            return users.findRecord(username)
                    .map(r -> new CorpusUser(r.getId(), r.getUsername(), r.getPasswordHash() == null ? "" : r.getPasswordHash(),
                            Role.valueOf(r.getRole()), r.getEnabled(), admitted))
                    .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        };
    }
}

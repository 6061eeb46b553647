package org.corpusdesk.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.corpusdesk.user.ui.LoginView;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The web's security: Vaadin's configurer (form login on our login view, logout, CSRF for Vaadin's requests)
 * and navigation access control from each view's annotation. Anonymous requests to any app route land on the
 * login page; role checks on services come from {@code SecurityBeans}' method security.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}

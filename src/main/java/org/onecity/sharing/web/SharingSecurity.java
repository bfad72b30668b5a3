package org.onecity.sharing.web;

import org.onecity.sharing.members.Systems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The machine API (/api/sharing/**) takes agency-system credentials only; the audit check is for
 * administrators and auditors. Ordered before the application's general /api/** chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SharingSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain machineApiSecurity(HttpSecurity http, Systems systems) throws Exception {
        http.securityMatcher("/api/sharing/**", "/api/admin/audit/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/audit/**").hasAnyRole("ADMIN", "AUDITOR")
                        .anyRequest().hasRole("SYSTEM"))
                .addFilterBefore(new SystemAuthentication(systems), BasicAuthenticationFilter.class)
                .httpBasic(Customizer.withDefaults())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}

package org.onecity.accounts.web;

import org.onecity.accounts.LoginThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The web pages: the resident portal, the SMS webhook and the notification links are public; staff
 * sign in with a form at /login (throttled), agents use /agent, agency staff /workspace,
 * supervisors /workspace/supervisor, admins /admin. CSRF on every form, the session id changes at
 * login, and a Content-Security-Policy that allows only this site's own scripts and styles.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurityConfiguration {

    static final String[] PUBLIC = {"/", "/search", "/services/**", "/groups/**", "/file/**", "/track", "/track/**",
            "/requests/**", "/notifications/**", "/my-data/**", "/sms/inbound", "/login", "/error", "/webjars/**", "/assets/**",
            "/css/**", "/js/**", "/favicon.ico", "/about/**", "/help", "/help/**"};

    /** The paths the API chains own (HTTP Basic, machine credentials); this chain takes everything else. */
    static final String[] API = {"/api/**", "/open311/**", "/media/**", "/actuator/**", "/v3/api-docs/**"};

    @Bean
    @Order(100)
    SecurityFilterChain webSecurity(HttpSecurity http, LoginThrottle throttle, org.onecity.accounts.StaffAccounts accounts,
                                    @Value("${onecity.map.tile-url:}") String tileUrl) throws Exception {
        http.securityMatcher(new NegatedRequestMatcher(new OrRequestMatcher(java.util.Arrays.stream(API)
                        .map(p -> (org.springframework.security.web.util.matcher.RequestMatcher)
                                PathPatternRequestMatcher.withDefaults().matcher(p)).toList())))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/admin/audit", "/admin/audit/verify")
                        .hasAnyRole("ADMIN", "AUDITOR")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/agent/**").hasAnyRole("AGENT", "ADMIN")
                        .requestMatchers("/workspace/supervisor/**").hasAnyRole("SUPERVISOR", "ADMIN")
                        .requestMatchers("/workspace/**").hasAnyRole("STAFF", "SUPERVISOR", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff", true)
                        .failureHandler(new LoginFailure(throttle))
                        .successHandler(new LoginSuccess(throttle))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new StaffSessionFilter(accounts),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers("/sms/inbound"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy(tileUrl)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    static String policy(String tileUrl) {
        String tiles = "";
        if (tileUrl != null && tileUrl.startsWith("https://")) {
            int end = tileUrl.indexOf('/', "https://".length());
            tiles = " " + (end < 0 ? tileUrl : tileUrl.substring(0, end)).replace("{s}", "*");
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:" + tiles
                + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                + " frame-ancestors 'none'";
    }
}

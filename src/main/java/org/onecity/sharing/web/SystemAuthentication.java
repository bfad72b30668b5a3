package org.onecity.sharing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.onecity.sharing.AgencySystem;
import org.onecity.sharing.members.Systems;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates agency systems by their credential ({@code Authorization: Bearer ocs_…}); the
 * principal is the {@link AgencySystem}, with ROLE_SYSTEM and one SCOPE_ authority per scope.
 */
class SystemAuthentication extends OncePerRequestFilter {

    private final Systems systems;

    SystemAuthentication(Systems systems) {
        this.systems = systems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var system = systems.verify(header.substring(7).strip());
            if (system.isEmpty()) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority("ROLE_SYSTEM"));
            system.get().scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
            var auth = new UsernamePasswordAuthenticationToken(system.get(), null, authorities);
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }
}
